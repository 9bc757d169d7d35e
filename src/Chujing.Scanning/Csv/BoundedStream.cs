using Microsoft.Win32.SafeHandles;

namespace Chujing.Scanning.Csv;

/// <summary>Reads one byte range of a file by positional reads (no shared file position between workers).</summary>
internal sealed class BoundedStream : Stream
{
    private readonly SafeFileHandle _file;
    private readonly long _start;
    private readonly long _end;
    private readonly Action<long>? _progress;
    private long _position;

    public BoundedStream(SafeFileHandle file, long start, long end, Action<long>? progress)
    {
        _file = file;
        _start = start;
        _end = end;
        _progress = progress;
        _position = start;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _end - _start;

    public override long Position
    {
        get => _position - _start;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, _end - _position);
        if (n <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(_file, buffer[..n], _position);
        _position += read;
        _progress?.Invoke(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
