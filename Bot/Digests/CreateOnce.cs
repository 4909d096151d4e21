using Azure;

namespace AllianceBot.Bot.Digests;

/// <summary>Creates a table or queue on first use, once per process; a failed attempt is forgotten so the next call retries.</summary>
internal sealed class CreateOnce(Func<Task> create)
{
    private Lazy<Task> creation = new(create);

    public async Task EnsureAsync(CancellationToken ct)
    {
        var current = Volatile.Read(ref creation);
        try
        {
            await current.Value.WaitAsync(ct);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException)
        {
            Interlocked.CompareExchange(ref creation, new Lazy<Task>(create), current);
            throw;
        }
    }
}
