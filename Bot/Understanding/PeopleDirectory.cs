using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// The people the fact table knows (speakers and actors whose names look like a person's), found in questions by full or
/// last name. Kept in memory and fed by the fact index as facts arrive, so it lives as long as the process.
/// </summary>
public sealed partial class PeopleDirectory
{
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Council", "Committee", "Ministry", "Department", "Office", "Pentagon", "Alliance", "Organization", "Organisation",
        "Union", "Commission", "Parliament", "Government", "House", "Force", "Forces", "Army", "Navy", "Command",
        "Agency", "Center", "Centre", "Kremlin", "Nations", "States", "Republic", "Kingdom", "Group", "Service", "Staff",
    };

    /// <summary>Lower-case full name or last name → full names.</summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> byKey = new(StringComparer.OrdinalIgnoreCase);

    public int Count => byKey.Count;

    /// <summary>Learns the people named on <paramref name="facts"/>.</summary>
    public void Add(IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            foreach (var name in fact.Actors.Append(fact.Speaker).Append(fact.By))
            {
                if (name is not null && LooksLikePerson(name))
                {
                    AddName(name.Trim());
                }
            }
        }
    }

    /// <summary>Full names of the known people mentioned in <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).Select(m => m.Value).ToArray();
        var found = new List<string>();
        for (var length = 3; length >= 1; length--)
        {
            for (var i = 0; i + length <= words.Length; i++)
            {
                var key = string.Join(' ', words, i, length);
                if (byKey.TryGetValue(key, out var names))
                {
                    found.AddRange(names.Keys.Where(n => !found.Contains(n, StringComparer.OrdinalIgnoreCase)));
                }
            }
        }

        return found;
    }

    /// <summary>The last name of <paramref name="fullName"/>, as people type it.</summary>
    public static string LastName(string fullName) => fullName.Trim().Split(' ')[^1];

    internal static bool LooksLikePerson(string name)
    {
        var parts = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 2 and <= 4
            && parts.All(p => p.Length > 1 && char.IsUpper(p[0]) && p.Skip(1).Any(char.IsLower))
            && !parts.Any(NotPersonWords.Contains);
    }

    private void AddName(string fullName)
    {
        byKey.GetOrAdd(fullName, _ => new(StringComparer.OrdinalIgnoreCase)).TryAdd(fullName, 0);
        var last = LastName(fullName);
        if (last.Length >= 3)
        {
            byKey.GetOrAdd(last, _ => new(StringComparer.OrdinalIgnoreCase)).TryAdd(fullName, 0);
        }
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*")]
    private static partial Regex Word();
}
