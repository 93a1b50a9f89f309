using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Tests;

public class ConvertCommandTests
{
    private const string Turtle = """
        @prefix ex: <http://example.org/> .
        ex:minister a ex:Person ; ex:name "Sergey Lavrov"@en, "سيرغي لافروف"@ar ;
            ex:visited [ ex:place <places/beijing> ; ex:date "2024-04-09"^^<http://www.w3.org/2001/XMLSchema#date> ] .
        """;

    private static Dataset Load(string path, RdfFormat format, string? baseIri = null) =>
        RdfReader.Load(RdfReader.OpenText(path), format, new RdfReaderOptions { BaseIri = baseIri });

    [Theory]
    [InlineData("out.nt", RdfFormat.NTriples)]
    [InlineData("out.nq", RdfFormat.NQuads)]
    [InlineData("out.ttl", RdfFormat.Turtle)]
    [InlineData("out.trig", RdfFormat.TriG)]
    [InlineData("out.nt.gz", RdfFormat.NTriples)]
    public void ConvertsToTheFormatOfTheExtension(string outName, RdfFormat format)
    {
        using var dir = new TempFolder();
        var input = dir.File("in.ttl", Turtle);
        var output = dir.File(outName);

        var result = CliRunner.Run(null, "convert", input, output, "--base", "http://example.org/");

        Assert.Equal(0, result.ExitCode);
        var expected = Load(input, RdfFormat.Turtle, "http://example.org/");
        Assert.True(Isomorphism.AreIsomorphic(expected, Load(output, format)), File.ReadAllText(output));
        Assert.Contains(Load(output, format), q => q.Obj is Iri { Value: "http://example.org/places/beijing" });
    }

    [Fact]
    public void RelativeIrisDefaultToTheInputFilesLocation()
    {
        using var dir = new TempFolder();
        var input = dir.File("in.ttl", "<a> <b> <c> .");
        var result = CliRunner.Run(null, "convert", input, "-", "--to", "nt");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"<{new Uri(Path.Combine(dir.Path, "a")).AbsoluteUri}>", result.StdOut);
    }

    [Fact]
    public void ReadsStandardInputAndWritesStandardOutput()
    {
        var result = CliRunner.Run(Turtle, "convert", "-", "-", "--from", "turtle", "--to", "ttl", "--base", "http://example.org/");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("@prefix", result.StdOut);
        Assert.Contains("ex:minister a ex:Person", result.StdOut);
        Assert.Contains("\"سيرغي لافروف\"@ar", result.StdOut);
    }

    [Fact]
    public void SyntaxErrorExitsNonZeroWithFileLineColumnAndKeepsTheOldOutput()
    {
        using var dir = new TempFolder();
        var input = dir.File("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \"open .\n");
        var output = dir.File("out.nt", "previous content\n");

        var result = CliRunner.Run(null, "convert", input, output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{input}:3:18: unterminated string", result.StdErr);
        Assert.Equal("previous content\n", File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(dir.Path, "*", SearchOption.TopDirectoryOnly), f => f.EndsWith("out.nt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("in.xyz", "out.nt", "cannot tell the input format")]
    [InlineData("in.ttl", "out.xyz", "cannot tell the output format")]
    [InlineData("missing.ttl", "out.nt", "no such file")]
    public void UsageErrorsExitWithTwo(string inName, string outName, string message)
    {
        using var dir = new TempFolder();
        dir.File("in.xyz", Turtle);
        dir.File("in.ttl", Turtle);
        var result = CliRunner.Run(null, "convert", Path.Combine(dir.Path, inName), Path.Combine(dir.Path, outName));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
    }

    [Fact]
    public void NamedGraphsCannotGoToATriplesFormat()
    {
        using var dir = new TempFolder();
        var input = dir.File("in.trig", "<http://e/g> { <http://e/s> <http://e/p> <http://e/o> }");
        var result = CliRunner.Run(null, "convert", input, dir.File("out.ttl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("named graphs", result.StdErr);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.ttl")));
    }

    [Fact]
    public void HelpExplainsTheCommand()
    {
        var result = CliRunner.Run(null, "convert", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--base", result.StdOut);
        Assert.Contains("--from", result.StdOut);
        Assert.Contains("syntax error", result.StdOut);
    }
}
