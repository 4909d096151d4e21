using Azure;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// Creates a storage resource (a table, a queue) on first use, once per process; a failed attempt is forgotten, so the
/// next call tries again.
/// </summary>
public sealed class CreateOnce(Func<Task> create)
{
    private Lazy<Task> creation = new(create);

    public async Task EnsureAsync(CancellationToken ct)
    {
        var current = Volatile.Read(ref creation);
        try
        {
            await current.Value.WaitAsync(ct);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
        {
            Interlocked.CompareExchange(ref creation, new Lazy<Task>(create), current);
            throw;
        }
    }
}
