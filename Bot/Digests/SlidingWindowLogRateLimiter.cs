using System.Threading.RateLimiting;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// At most <c>permits</c> grants in any sliding <c>window</c>: it remembers the last <c>permits</c> grant times and grants
/// again once the oldest of them is a whole window old. That is the rule the channel enforces ("50 per second"), so
/// the full rate is usable, bursts included, and it is never exceeded however concurrent callers arrive. Waiters sleep
/// through <see cref="TimeProvider"/> until the window frees, so tests drive it with a fake clock.
/// </summary>
public sealed class SlidingWindowLogRateLimiter : RateLimiter
{
    private readonly int permits;
    private readonly TimeSpan window;
    private readonly TimeProvider time;
    private readonly Queue<long> grants;
    private readonly Lock gate = new();
    private int waiting;

    public SlidingWindowLogRateLimiter(int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        this.permits = permits;
        this.window = window;
        this.time = time;
        grants = new Queue<long>(permits);
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return waiting > 0 ? null : grants.Count == 0 ? TimeSpan.Zero : time.GetElapsedTime(grants.Last());
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
            while (grants.Count > 0 && time.GetElapsedTime(grants.Peek(), now) >= window)
            {
                grants.Dequeue();
            }

            if (grants.Count < permits)
            {
                grants.Enqueue(now);
                wait = TimeSpan.Zero;
                return true;
            }

            wait = window - time.GetElapsedTime(grants.Peek(), now);
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
