using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// Finds the forces and equipment a sentence deploys: troops, soldiers, infantry, fighter jets, attack helicopters,
/// warships, air defence, battalions… and named forces (NATO Response Force, Very High Readiness Joint Task Force,
/// enhanced Forward Presence, battlegroups). A country, demonym or body right before them owns them ("British
/// soldiers", "NATO combat troops").
/// </summary>
internal sealed partial class DeploymentAssets
{
    public IReadOnlyList<DeploymentAsset> Find(AnalyzedArticle doc, TextRange range)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var found = new List<DeploymentAsset>();
        if (!MayHold(doc.Span(range)))
        {
            return found;
        }

        foreach (var m in AnchoredScan.Matches(doc.Text, range, Stems, Asset(), 40, 30))
        {
            if (Joined().IsMatch(doc.Text.AsSpan(Math.Max(range.Start, m.Index - 30), Math.Min(30, m.Index - range.Start))))
            {
                continue; // "its contribution to the NATO battlegroup": where forces go, not what is sent
            }

            var named = m.Groups["named"].Success;
            var name = named ? m.Value : Canonical(m.Groups["generic"].Value);
            var nato = named && (m.Value.Contains("NATO", StringComparison.Ordinal) || NatoForce().IsMatch(m.Value));
            found.Add(new DeploymentAsset(name, Owner(doc, range, m.Index), nato));
        }

        return found;
    }

    /// <summary>The asset names without repeats: "troops" goes when "combat troops" is there, "VJTF" when its long form is.</summary>
    public static List<string> Distinct(IEnumerable<DeploymentAsset> found)
    {
        var names = new List<string>();
        foreach (var asset in found)
        {
            if (!names.Contains(asset.Name, StringComparer.Ordinal))
            {
                names.Add(asset.Name);
            }
        }

        return names.FindAll(n => !names.Exists(o => !ReferenceEquals(o, n) && (Extends(o, n) || IsAcronymOf(n, o))));
    }

    /// <summary>Whether <paramref name="longer"/> is <paramref name="name"/> with words before it ("combat troops", "troops").</summary>
    private static bool Extends(string longer, string name) =>
        longer.Length > name.Length + 1 && longer.EndsWith(name, StringComparison.Ordinal) && longer[^(name.Length + 1)] == ' ';

    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper))
        {
            return false;
        }

        var initials = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]).ToArray();
        if (initials.Length < acronym.Length || initials[0] != acronym[0])
        {
            return false;
        }

        var next = 0; // the acronym's letters in order among the initials: VJTF in Very High Readiness Joint Task Force
        foreach (var initial in initials)
        {
            next += next < acronym.Length && initial == acronym[next] ? 1 : 0;
        }

        return next == acronym.Length;
    }

    /// <summary>Whether the text holds a word that starts an asset name; a cheap test before the pattern.</summary>
    public static bool MayHold(ReadOnlySpan<char> text) => text.IndexOfAny(Stems) >= 0;

    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["troop", "soldier", "force", "service", "personnel", "paratroop", "marine", "reservist", "sailor", "airmen", "infantry", "jet", "warplane",
         "aircraft", "F-", "helicopter", "warship", "vessel", "ship", "frigate", "destroyer", "submarine", "tank", "armo",
         "artillery", "defence system", "defense system", "patriot", "resources", "capabilit", "equipment", "battalion",
         "brigade", "vjtf", "forward presence", "battle", "division", "regiment"], StringComparison.OrdinalIgnoreCase);

    private static string Canonical(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.StartsWith("F-", StringComparison.Ordinal) || w == "Patriot" ? w : w.ToLowerInvariant()));
    }

    /// <summary>The country or body named at most two words before the asset ("US troops", "NATO combat troops").</summary>
    private static string? Owner(AnalyzedArticle doc, TextRange range, int assetStart)
    {
        EntityMention? owner = null;
        foreach (var e in doc.EntitiesIn(new TextRange(Math.Max(range.Start, assetStart - 40), assetStart)))
        {
            if (e.End > assetStart || e.Kind == EntityKind.Person)
            {
                continue;
            }

            if (Qualifier().IsMatch(doc.Text.AsSpan(e.End, assetStart - e.End)))
            {
                owner = e;
            }
        }

        return owner is null ? null : owner.ActsFor ?? owner.Name;
    }

    [GeneratedRegex(@"(?<named>NATO\s+Response\s+Force|Very\s+High\s+Readiness\s+Joint\s+Task\s+Force|VJTF|[Ee]nhanced\s+[Ff]orward\s+[Pp]resence|Allied\s+Reaction\s+Force|(?:multinational\s+)?[Bb]attle\s?groups?|\d+(?:st|nd|rd|th)\s+(?:Airborne|Infantry|Armou?red|Cavalry|Mountain)\s+(?:Division|Brigade|Regiment))|\b(?<!\barmed\s)(?<generic>(?:(?:combat|ground|rapid-response|special\s+operations)\s+)?(?:troops|soldiers|forces|service\s?members|personnel|paratroopers|marines|reservists|sailors|airmen|infantry|fighter\s+jets|jets|warplanes|fighter\s+aircraft|aircraft|F-\d{2}s?|attack\s+helicopters|helicopters|warships|naval\s+vessels|ships|frigates|destroyers|submarines|tanks|armou?red\s+vehicles|artillery|air[- ]defen[cs]e\s+systems|Patriot\s+(?:missile\s+)?(?:batteries|systems|missiles)|Patriots|missile[- ]defen[cs]e\s+systems|military\s+resources|capabilities|equipment|battalions?|brigades?))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Asset();

    [GeneratedRegex(@"\b(?:to|into|joins?|joined|joining)\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}’'\-]*\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"Response\s+Force|Readiness\s+Joint|VJTF|Forward\s+Presence|Allied\s+Reaction|[Bb]attle\s?group", RegexOptions.CultureInvariant)]
    private static partial Regex NatoForce();

    [GeneratedRegex(@"^(?:’s|'s)?\s+(?:(?!(?:and|or|to|in|into|of|for|from|with|by|on|at|the|a|an|that|which|as|has|have|had|is|are|was|were|will|would|sent|sending|deployed|deploying|said)\b)[\p{L}\-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();
}
