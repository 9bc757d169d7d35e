namespace Chujing.Scanning;

/// <summary>What to read from a source that holds more than one table.</summary>
public sealed record TableSourceOptions
{
    /// <summary>The table of a database to scan (<c>--table</c>); <c>schema.table</c> is allowed.</summary>
    public string? Table { get; init; }

    /// <summary>A query whose result to scan (<c>--query</c>), instead of a table.</summary>
    public string? Query { get; init; }

    /// <summary>The stream read for <c>-</c> (default: the process's standard input).</summary>
    public Stream? StandardInput { get; init; }

    /// <summary>The format, when the file's bytes and name do not tell it (csv, xlsx, jsonl, parquet, sqlite).</summary>
    public string? Format { get; init; }
}
