using Microsoft.Win32.SafeHandles;

namespace Chujing.Scanning.Csv;

/// <summary>
/// Splits a CSV file into byte ranges that each start at a row, so that several cores can decode, parse and validate
/// it at once. A newline ends a row only outside quotes; whether a position is inside quotes follows from the parity
/// of the quote characters before it (escaped quotes come in pairs), counted for every range in parallel. Valid for
/// encodings in which the bytes of <c>"</c> and newline never occur inside another character: UTF-8 and GB18030.
/// </summary>
internal static class CsvChunker
{
    private const int BlockSize = 1 << 20;

    /// <summary>Where the header row ends (the first data byte) and the number of lines the header spans.</summary>
    public static (long DataStart, long HeaderLines) FindDataStart(SafeFileHandle file, long length)
    {
        var buffer = new byte[64 * 1024];
        var quotes = 0L;
        var lines = 0L;
        for (long offset = 0; offset < length;)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0)
            {
                break;
            }

            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'"')
                {
                    quotes++;
                }
                else if (buffer[i] == (byte)'\n')
                {
                    lines++;
                    if ((quotes & 1) == 0)
                    {
                        return (offset + i + 1, lines);
                    }
                }
            }

            offset += read;
        }

        return (length, lines + 1);
    }

    /// <summary>Splits [<paramref name="dataStart"/>, <paramref name="length"/>) into about <paramref name="count"/> chunks.</summary>
    public static List<CsvChunk> Split(SafeFileHandle file, long dataStart, long length, long firstDataLine, int count)
    {
        var span = length - dataStart;
        count = (int)Math.Clamp(span / (4L << 20), 1, count);
        var raw = new long[count + 1];
        for (var k = 0; k <= count; k++)
        {
            raw[k] = dataStart + (span * k / count);
        }

        // Quotes and newlines in each raw range, counted in parallel.
        var quotes = new long[count];
        var newlines = new long[count];
        Parallel.For(0, count, k =>
        {
            var buffer = new byte[BlockSize];
            for (var offset = raw[k]; offset < raw[k + 1];)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(BlockSize, raw[k + 1] - offset)), offset);
                if (read == 0)
                {
                    break;
                }

                quotes[k] += buffer.AsSpan(0, read).Count((byte)'"');
                newlines[k] += buffer.AsSpan(0, read).Count((byte)'\n');
                offset += read;
            }
        });

        var chunks = new List<CsvChunk>(count);
        var start = dataStart;
        var startLine = firstDataLine;
        long quotesBefore = 0;
        long newlinesBefore = 0;
        var scratch = new byte[64 * 1024];
        for (var k = 1; k <= count; k++)
        {
            quotesBefore += quotes[k - 1];
            newlinesBefore += newlines[k - 1];
            if (k == count)
            {
                break;
            }

            // From the raw boundary, move to just after the next newline outside quotes.
            var (boundary, extraLines) = NextRowStart(file, raw[k], length, (quotesBefore & 1) == 1, scratch);
            if (boundary <= start || boundary >= length)
            {
                continue;
            }

            chunks.Add(new CsvChunk(start, boundary, startLine));
            start = boundary;
            startLine = firstDataLine + newlinesBefore + extraLines;
        }

        chunks.Add(new CsvChunk(start, length, startLine));
        return chunks;
    }

    private static (long Position, long Lines) NextRowStart(SafeFileHandle file, long from, long length, bool inQuotes, byte[] buffer)
    {
        var lines = 0L;
        for (var offset = from; offset < length;)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read == 0)
            {
                break;
            }

            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == (byte)'"')
                {
                    inQuotes = !inQuotes;
                }
                else if (buffer[i] == (byte)'\n')
                {
                    lines++;
                    if (!inQuotes)
                    {
                        return (offset + i + 1, lines);
                    }
                }
            }

            offset += read;
        }

        return (length, lines);
    }
}
