using System.Collections.Concurrent;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// Tokens already validated, by their exact text, until they expire (plus the clock skew). The channel service reuses
/// one token for many activities, so this saves an RSA verification per activity; identical bytes validate identically.
/// Bounded: past <see cref="Capacity"/> entries, expired ones are dropped, and if that is not enough, all.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, ValidatedToken> tokens = new(StringComparer.Ordinal);

    public bool TryGet(string raw, out ValidatedToken token)
    {
        if (tokens.TryGetValue(raw, out token!) && token.ValidTo + BotAuthenticator.ClockSkew > time.GetUtcNow())
        {
            return true;
        }

        token = null!;
        return false;
    }

    public void Add(string raw, ValidatedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (tokens.Count >= Capacity)
        {
            Trim();
        }

        tokens[raw] = token;
    }

    private void Trim()
    {
        var now = time.GetUtcNow();
        foreach (var (key, value) in tokens)
        {
            if (value.ValidTo + BotAuthenticator.ClockSkew <= now)
            {
                tokens.TryRemove(key, out _);
            }
        }

        if (tokens.Count >= Capacity)
        {
            tokens.Clear();
        }
    }
}
