using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Chujing.Domain.Diagnostics;
using Chujing.Scanning.Persons;

namespace Chujing.Scanning.Partials;

/// <summary>
/// The file <c>chujing scan … --partial OUT</c> writes: a text line naming the format and its version, then a Brotli
/// stream holding the JSON header (<see cref="ScanPartial"/>: every file's column tallies), the persons' keyed
/// identifiers sorted by kind and key (16-byte key, row number, kind), and an end marker. Only keyed hashes are
/// stored, never an identifier. Reading checks the version, the end marker and the counts, so a truncated or damaged
/// file is refused, never half merged.
/// </summary>
public static class PartialFile
{
    /// <summary>The format version written and read.</summary>
    public const int Version = 1;

    private const string Magic = "chujing-scan-partial";
    private const int MaxHeaderBytes = 64 << 20;
    private static readonly byte[] EndMarker = "PARTEND1"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <paramref name="header"/> and the linker's identifiers to <paramref name="path"/> (through a temporary file, so that a failed write leaves nothing).</summary>
    public static void Write(string path, ScanPartial header, PersonLinker linker)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(linker);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
        {
            throw new InvalidInputException(new Diagnostic(path, 0, 0, null, $"the folder '{Path.GetDirectoryName(path)}' does not exist; create it first"));
        }

        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                file.Write(Encoding.ASCII.GetBytes(Magic + " " + Version + "\n"));
                using var brotli = new BrotliStream(file, CompressionLevel.Fastest);
                using var writer = new BinaryWriter(brotli);
                var json = JsonSerializer.SerializeToUtf8Bytes(header, Json);
                writer.Write(json.Length);
                writer.Write(json);
                long written = 0;
                linker.ForEachMention((key, row, kind) =>
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    writer.Write7BitEncodedInt64(row);
                    writer.Write((byte)kind);
                    written++;
                });
                if (written != header.Mentions)
                {
                    throw new InvalidOperationException("the linker's identifiers changed while the partial was written");
                }

                writer.Write(EndMarker);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Reads the partial at <paramref name="path"/>, handing each identifier to <paramref name="mention"/> (after
    /// <paramref name="accept"/> approved the header). Anything wrong throws <see cref="InvalidInputException"/> naming the file.
    /// </summary>
    public static ScanPartial Read(string path, Action<ScanPartial> accept, Action<UInt128, long, int> mention)
    {
        ArgumentNullException.ThrowIfNull(accept);
        ArgumentNullException.ThrowIfNull(mention);
        if (!File.Exists(path))
        {
            throw Bad(path, "no such file");
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var line = ReadLine(file);
        if (!line.StartsWith(Magic + " ", StringComparison.Ordinal))
        {
            throw Bad(path, "not a partial scan result (written by chujing scan … --partial)");
        }

        if (line != Magic + " " + Version)
        {
            throw Bad(path, "partial format version '" + line[(Magic.Length + 1)..] + "'; this chujing reads version " + Version + ": make the partials with one chujing version");
        }

        try
        {
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(brotli);
            var length = reader.ReadInt32();
            if (length is <= 0 or > MaxHeaderBytes)
            {
                throw Bad(path, "damaged: the header length is out of range");
            }

            var header = JsonSerializer.Deserialize<ScanPartial>(reader.ReadBytes(length), Json) ?? throw Bad(path, "damaged: empty header");
            accept(header);
            for (long i = 0; i < header.Mentions; i++)
            {
                var high = reader.ReadUInt64();
                var low = reader.ReadUInt64();
                var row = reader.Read7BitEncodedInt64();
                var kind = reader.ReadByte();
                if (row < 0 || row >= header.Rows || kind >= Domain.Classification.PersonIdentifiers.Kinds)
                {
                    throw Bad(path, "damaged: an identifier's row or kind is out of range");
                }

                mention(new UInt128(high, low), row, kind);
            }

            Span<byte> end = stackalloc byte[8];
            reader.BaseStream.ReadExactly(end);
            if (!end.SequenceEqual(EndMarker) || reader.BaseStream.ReadByte() != -1)
            {
                throw Bad(path, "damaged: the end marker is missing");
            }

            return header;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or JsonException or IOException and not FileNotFoundException or ArgumentException)
        {
            throw Bad(path, "truncated or damaged (" + e.GetType().Name + "): write it again with chujing scan … --partial");
        }
    }

    private static InvalidInputException Bad(string path, string message) => new(new Diagnostic(path, 0, 0, null, message));

    private static string ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        int b;
        while (bytes.Count < 64 && (b = stream.ReadByte()) is not (-1 or '\n'))
        {
            bytes.Add((byte)b);
        }

        return Encoding.ASCII.GetString([.. bytes]);
    }
}
