using System.Threading.RateLimiting;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Grants one permit at a time, at least 1/<c>rate</c> apart (measured from the previous grant as it happened), so no
/// window of one second ever holds more than <c>rate</c> grants however callers arrive. Waiters poll the next free
/// instant through <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed class SpacedRateLimiter(double permitsPerSecond, TimeProvider time) : RateLimiter
{
    private readonly TimeSpan spacing = TimeSpan.FromSeconds(1 / permitsPerSecond);
    private readonly Lock gate = new();
    private long lastGrant = long.MinValue;
    private int waiting;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return waiting > 0 ? null : lastGrant == long.MinValue ? TimeSpan.Zero : time.GetElapsedTime(lastGrant);
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics() => new() { CurrentQueuedCount = Volatile.Read(ref waiting) };

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        TryGrant(out _) ? Lease.Acquired : Lease.Rejected;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            while (!TryGrant(out var wait))
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return Lease.Acquired;
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    private bool TryGrant(out TimeSpan wait)
    {
        lock (gate)
        {
            var now = time.GetTimestamp();
            var since = lastGrant == long.MinValue ? TimeSpan.MaxValue : time.GetElapsedTime(lastGrant, now);
            if (since >= spacing)
            {
                lastGrant = now;
                wait = TimeSpan.Zero;
                return true;
            }

            wait = spacing - since;
            return false;
        }
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Rejected = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
