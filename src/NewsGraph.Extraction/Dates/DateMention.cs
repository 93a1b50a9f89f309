namespace NewsGraph.Extraction.Dates;

/// <summary>
/// A time expression found in a text and resolved to the calendar: "yesterday", "Tuesday",
/// "between 20 and 22 March", "last March".
/// </summary>
/// <param name="Start">Offset of the expression in the text that was searched.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Value">The date, or the first day of a range. Null when the expression could not be
/// placed on the calendar (e.g. "Monday" with no publication date); the span is still reported so
/// callers know a date was named.</param>
/// <param name="End">The last day of a range ("from 28 February to 2 March"), else null.</param>
public sealed record DateMention(int Start, int Length, PartialDate? Value, PartialDate? End = null);
