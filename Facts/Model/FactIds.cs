using System.Security.Cryptography;
using System.Text;

namespace AllianceBot.Facts.Model;

/// <summary>
/// Deterministic fact ids: a hash of the source URL and the fact's content (never of when it was ingested),
/// so ingesting the same article twice yields the same ids and adds nothing.
/// </summary>
public static class FactIds
{
    /// <summary>Computes the id of <paramref name="fact"/> from its source and content; <see cref="Fact.Id"/> is ignored.</summary>
    public static string For(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var content = string.Join('\u001f',
            fact.Source.Url.Trim(),
            fact.Kind.ToString(),
            fact.Date?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join(',', fact.Requesters),
            fact.Stance?.ToString() ?? string.Empty,
            fact.By ?? string.Empty,
            string.Join(',', fact.To),
            string.Join(',', fact.Assets),
            fact.Speaker ?? string.Empty,
            fact.Quote ?? string.Empty,
            fact.Certainty.ToString(),
            fact.Evidence);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    /// <summary>Returns <paramref name="fact"/> with its deterministic id set.</summary>
    public static Fact WithId(Fact fact) => fact with { Id = For(fact) };
}
