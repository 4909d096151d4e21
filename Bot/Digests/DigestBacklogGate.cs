namespace AllianceBot.Bot.Digests;

/// <summary>
/// Back-pressure for the due step: every 100 enqueues it reads the queue's length and, while it is above
/// <c>maxBacklog</c>, waits for deliveries to drain it. A big fan-out then flows through a short queue (which also keeps
/// Azurite's queue, whose operations slow down with its length, fast).
/// </summary>
internal sealed class DigestBacklogGate(DigestQueueClient queue, int maxBacklog, TimeProvider time) : IDisposable
{
    private const int CheckEvery = 100;
    private readonly SemaphoreSlim check = new(1, 1);
    private int sinceCheck;

    public async Task WaitForRoomAsync(CancellationToken ct)
    {
        if (maxBacklog <= 0 || Interlocked.Increment(ref sinceCheck) < CheckEvery)
        {
            return;
        }

        await check.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref sinceCheck) < CheckEvery)
            {
                return;
            }

            while (await queue.CountAsync(ct) > maxBacklog)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), time, ct);
            }

            Volatile.Write(ref sinceCheck, 0);
        }
        finally
        {
            check.Release();
        }
    }

    public void Dispose() => check.Dispose();
}
