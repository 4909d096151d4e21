using System.Globalization;
using System.Buffers;

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
    private readonly SearchValues<string> names;
    private readonly Dictionary<char, string[]> byFirstChar;

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

        names = SearchValues.Create(byName.Keys.ToArray(), StringComparison.Ordinal);
        byFirstChar = byName.Keys.GroupBy(k => k[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ToArray());
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
        var i = 0;
        while (i < text.Length)
        {
            var hit = text.AsSpan(i).IndexOfAny(names);
            if (hit < 0)
            {
                break;
            }

            i += hit;
            var name = LongestAt(text, i);
            if (name is null || (name == "US" && IsShouting(text, i)))
            {
                i++;
                continue;
            }

            var (place, demonym) = byName[name];
            found.Add(new PlaceMention(i, i + name.Length, place, demonym));
            i += name.Length;
        }

        return found;
    }

    /// <summary>The longest known name that starts at <paramref name="i"/> as a whole word, or null.</summary>
    private string? LongestAt(string text, int i)
    {
        if (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '.' || char.GetUnicodeCategory(text[i - 1]) == System.Globalization.UnicodeCategory.NonSpacingMark))
        {
            return null;
        }

        foreach (var name in byFirstChar[text[i]])
        {
            var end = i + name.Length;
            if (text.AsSpan(i).StartsWith(name, StringComparison.Ordinal) && (end >= text.Length || !EndsInsideWord(text, end)))
            {
                return name;
            }
        }

        return null;
    }

    private static bool EndsInsideWord(string text, int end) =>
        char.IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == System.Globalization.UnicodeCategory.NonSpacingMark
        || (text[end] == '.' && end + 1 < text.Length && char.IsLetter(text[end + 1]));

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
