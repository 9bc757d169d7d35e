namespace Chujing.Scanning.Csv;

/// <summary>A byte range of a CSV file that starts at the beginning of a row, with the line number of its first line.</summary>
/// <param name="Start">First byte.</param>
/// <param name="End">One past the last byte.</param>
/// <param name="FirstLine">1-based line number of the first line in the range.</param>
internal readonly record struct CsvChunk(long Start, long End, long FirstLine);
