namespace LetterTracker.Api.Common.RequestLimits;

/// <summary>
/// A request body that refuses to be read past a limit, for bodies whose length is not declared
/// (chunked). It throws the 413 problem itself, not an IOException: the framework's JSON binding
/// swallows IOExceptions as a broken connection, while a problem reaches the exception handler.
/// </summary>
public sealed class LimitedBodyStream(Stream body, long limit, Func<ProblemException> tooLarge) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Counted(body.Read(buffer, offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await body.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Counted(int count)
    {
        read += count;
        return read > limit ? throw tooLarge() : count;
    }
}
