using System.Collections.Concurrent;

namespace AllianceBot.Bot.Conversation;

/// <summary>
/// Remembers the conversations welcomed in the last <see cref="Window"/>, because Teams announces one install twice
/// (installationUpdate add and conversationUpdate with the bot added). In memory: a restart may welcome once more.
/// </summary>
public sealed class WelcomeTracker(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, DateTimeOffset> welcomed = new(StringComparer.Ordinal);

    /// <summary>True the first time in the window for <paramref name="conversationId"/>.</summary>
    public bool ShouldWelcome(string conversationId)
    {
        var now = time.GetUtcNow();
        foreach (var (id, at) in welcomed)
        {
            if (now - at > Window)
            {
                welcomed.TryRemove(id, out _);
            }
        }

        return welcomed.TryAdd(conversationId, now);
    }
}
