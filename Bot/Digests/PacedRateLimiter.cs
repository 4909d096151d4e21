using System.Threading.RateLimiting;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Evenly paced grants (a generic cell rate algorithm): <c>permits</c> per <c>window</c>, one every window/permits, on a
/// schedule. A caller that wakes a little late keeps its slot in the schedule (lateness under one interval is not lost,
/// so the full rate is reached); after an idle spell the schedule restarts from now (no burst). With the window set to
/// one second plus a margin larger than wake-up lateness, no sliding second holds more than <c>permits</c>, and sends
/// leave evenly spread, so network jitter does not bunch them at the channel. Waiters sleep through
/// <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed class PacedRateLimiter : RateLimiter
{
    private readonly TimeSpan interval;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private long next = long.MinValue;
    private long lastGrant = long.MinValue;
    private int waiting;

    public PacedRateLimiter(int permits, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1);
        interval = window / permits;
        this.time = time;
    }

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
            if (next != long.MinValue && now < next)
            {
                wait = time.GetElapsedTime(now, next);
                return false;
            }

            // On schedule (late by less than one interval): the next slot follows this one's; else restart from now.
            var slot = next != long.MinValue && time.GetElapsedTime(next, now) < interval ? next : now;
            next = slot + (long)(interval.TotalSeconds * time.TimestampFrequency);
            lastGrant = now;
            wait = TimeSpan.Zero;
            return true;
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
