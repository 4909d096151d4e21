using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using AllianceBot.Testing;

namespace AllianceBot.Benchmarks.Digests;

/// <summary>
/// Teams' send limits played by the loopback connector: at most <c>tenantPerSecond</c> sends per tenant and
/// <c>conversationPerSecond</c> per conversation in any sliding second; a send over either gets 429 with Retry-After: 1.
/// Counts accepted sends per conversation (duplicates, losses).
/// </summary>
internal sealed class TeamsRateLimits(int tenantPerSecond, int conversationPerSecond)
{
    private static readonly long Second = Stopwatch.Frequency;
    private readonly ConcurrentDictionary<string, Queue<long>> tenants = new();
    private readonly ConcurrentDictionary<string, Queue<long>> conversations = new();

    public ConcurrentDictionary<string, int> Accepted { get; } = new();

    public int Throttled;

    public long FirstAccepted = long.MaxValue;

    public long LastAccepted;

    public ConnectorResponse? Respond(ConnectorCall call)
    {
        if (call.Method != "POST" || call.Body is not { ValueKind: JsonValueKind.Object } body || !body.TryGetProperty("conversation", out var conversation))
        {
            return null;
        }

        var conversationId = conversation.GetProperty("id").GetString()!;
        var tenant = conversation.TryGetProperty("tenantId", out var t) ? t.GetString()! : "none";
        var now = Stopwatch.GetTimestamp();
        var tenantLog = tenants.GetOrAdd(tenant, _ => new Queue<long>());
        var conversationLog = conversations.GetOrAdd(conversationId, _ => new Queue<long>());
        lock (tenantLog)
        {
            lock (conversationLog)
            {
                if (!Fits(tenantLog, tenantPerSecond, now) || !Fits(conversationLog, conversationPerSecond, now))
                {
                    Interlocked.Increment(ref Throttled);
                    return new ConnectorResponse(429, TimeSpan.FromSeconds(1), "{\"error\":{\"code\":\"Throttled\",\"message\":\"Too many requests\"}}");
                }

                tenantLog.Enqueue(now);
                conversationLog.Enqueue(now);
            }
        }

        Accepted.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        InterlockedMin(ref FirstAccepted, now);
        InterlockedMax(ref LastAccepted, now);
        return null;
    }

    private static bool Fits(Queue<long> log, int limit, long now)
    {
        while (log.Count > 0 && now - log.Peek() >= Second)
        {
            log.Dequeue();
        }

        return log.Count < limit;
    }

    private static void InterlockedMin(ref long target, long value)
    {
        long current;
        while (value < (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
