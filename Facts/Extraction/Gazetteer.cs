using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Finds countries and regions in text: NATO members, partners, Russia, Belarus and the rest of
/// <see cref="GazetteerData"/>, by name, alias ("U.S.", "Britain", "Czechia", "Türkiye", "Holland"), demonym
/// ("Polish") or capital ("Moscow"); every hit maps to one canonical <see cref="Place"/>.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, (Place Place, bool IsDemonym)> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> byCanonical = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex pattern;

    public Gazetteer()
    {
        foreach (var (name, since, names) in GazetteerData.Countries)
        {
            var since1 = since is null ? (DateOnly?)null : DateOnly.Parse(since, CultureInfo.InvariantCulture);
            Add(new Place(name, PlaceKind.Country, since1), names);
        }

        foreach (var (name, names) in GazetteerData.Regions)
        {
            Add(new Place(name, PlaceKind.Region, null), names);
        }

        var alternation = string.Join('|', byName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        pattern = new Regex($@"(?<![\p{{L}}\p{{M}}\-.])(?:{alternation})(?![\p{{L}}\p{{M}}]|\.\p{{L}})",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    /// <summary>The place called <paramref name="canonical"/> ("Poland"), or null.</summary>
    public Place? Get(string canonical) => byCanonical.GetValueOrDefault(canonical);

    /// <summary>The place <paramref name="name"/> names when it is exactly a known name ("U.S.", "Polish"), or null.</summary>
    public Place? Lookup(string name) => byName.TryGetValue(name, out var hit) ? hit.Place : null;

    /// <summary>Every place named in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<PlaceMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PlaceMention>();
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            var (place, demonym) = byName[m.Value];
            if (m.Value == "US" && IsShouting(text, m.Index))
            {
                continue;
            }

            found.Add(new PlaceMention(m.Index, m.Index + m.Length, place, demonym));
        }

        return found;
    }

    private void Add(Place place, string[] names)
    {
        byCanonical[place.Name] = place;
        foreach (var raw in names)
        {
            var demonym = raw.StartsWith('~');
            var name = demonym ? raw[1..] : raw;
            byName[name] = (place, demonym);
            if (place.Kind == PlaceKind.Region && char.IsUpper(name[0]) && !name.StartsWith("the ", StringComparison.Ordinal))
            {
                byName.TryAdd(char.ToLowerInvariant(name[0]) + name[1..], (place, demonym));
            }
        }
    }

    /// <summary>"US" inside an all-capitals run ("LET US KNOW") is not the United States.</summary>
    private static bool IsShouting(string text, int index)
    {
        var before = index >= 2 && char.IsUpper(text[index - 2]) && text[index - 1] == ' ';
        var after = index + 3 < text.Length && text[index + 2] == ' ' && char.IsUpper(text[index + 3]) && char.IsUpper(text[Math.Min(index + 4, text.Length - 1)]);
        return before || after;
    }
}
