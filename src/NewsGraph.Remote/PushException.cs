namespace NewsGraph.Remote;

/// <summary>A push that cannot go on: the endpoint is unreachable, refuses the credentials or the data, or the dataset has no such graph. The message says which, in words for the user.</summary>
public sealed class PushException(string message, Exception? inner = null) : Exception(message, inner);
