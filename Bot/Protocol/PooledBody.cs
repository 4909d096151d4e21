using System.Buffers;

namespace AllianceBot.Bot.Protocol;

/// <summary>A request body read into a pooled buffer, stopping one byte past a limit (so oversize bodies are never held whole).</summary>
internal sealed class PooledBody : IDisposable
{
    private byte[] buffer;

    private PooledBody(int size) => buffer = ArrayPool<byte>.Shared.Rent(size);

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    public static async Task<PooledBody> ReadAsync(Stream body, long? contentLength, int limit, CancellationToken ct)
    {
        var read = new PooledBody(contentLength is > 0 and var known ? (int)Math.Min(known + 1, limit + 1L) : 16 * 1024);
        while (read.Length <= limit)
        {
            if (read.Length == read.buffer.Length)
            {
                read.Grow(Math.Min(read.buffer.Length * 2, limit + 1));
            }

            var n = await body.ReadAsync(read.buffer.AsMemory(read.Length), ct);
            if (n == 0)
            {
                break;
            }

            read.Length += n;
        }

        return read;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);

    private void Grow(int size)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
