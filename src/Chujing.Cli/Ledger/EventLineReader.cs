using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Chujing.Domain.Diagnostics;

namespace Chujing.Cli.Ledger;

/// <summary>
/// Reads JSON Lines input line by line, from a byte stream (a file, or the process's standard input) or from a text
/// reader. A byte order mark at the start is skipped; a line that is not valid UTF-8 or longer than
/// <see cref="MaxLineBytes"/> is bad input naming its line, so memory stays bounded and no byte is silently replaced.
/// </summary>
internal sealed class EventLineReader : IDisposable
{
    /// <summary>The longest accepted line, in bytes (UTF-16 code units for a text reader).</summary>
    public const int MaxLineBytes = 1 << 20;

    private readonly Stream? _stream;
    private readonly TextReader? _text;
    private readonly string _source;
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private int _start;
    private int _end;
    private int _lineNumber;
    private bool _eof;

    public EventLineReader(Stream stream, string source)
    {
        _stream = stream;
        _source = source;
    }

    public EventLineReader(TextReader text, string source)
    {
        _text = text;
        _source = source;
    }

    /// <summary>The next line without its end-of-line characters, or null at the end of the input.</summary>
    public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _lineNumber++;
        if (_text is not null)
        {
            var text = await _text.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (text is not null && _lineNumber == 1 && text.StartsWith('\uFEFF'))
            {
                text = text[1..];
            }

            return text is not null && text.Length > MaxLineBytes ? throw TooLong() : text;
        }

        _line.ResetWrittenCount();
        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    return _line.WrittenCount == 0 ? null : Decode();
                }

                _start = 0;
                _end = await _stream!.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                _eof = _end == 0;
                continue;
            }

            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available : available[..newline];
            if (_line.WrittenCount + take.Length > MaxLineBytes)
            {
                throw TooLong();
            }

            _line.Write(take);
            _start += newline < 0 ? available.Length : newline + 1;
            if (newline >= 0)
            {
                return Decode();
            }
        }
    }

    public void Dispose() => _stream?.Dispose();

    private string Decode()
    {
        var bytes = _line.WrittenSpan;
        if (_lineNumber == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        if (!Utf8.IsValid(bytes))
        {
            throw new InvalidInputException(new Diagnostic(_source, _lineNumber, 0, null, "not valid UTF-8 (the input must be UTF-8 encoded)"));
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private InvalidInputException TooLong() => new(new Diagnostic(_source, _lineNumber, 0, null,
        "the line is longer than " + (MaxLineBytes >> 20).ToString(CultureInfo.InvariantCulture) + " MiB; one export event per line"));
}
