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
        for (var m = Asset().Match(doc.Text, range.Start, range.Length); m.Success; m = m.NextMatch())
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
        var names = found.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList();
        return names.Where(n => !names.Any(o => o != n && (o.EndsWith(" " + n, StringComparison.Ordinal) || IsAcronymOf(n, o)))).ToList();
    }

    private static bool IsAcronymOf(string acronym, string name)
    {
        var initials = string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
        return acronym.Length > 1 && acronym.All(char.IsUpper) && string.Equals(initials, acronym, StringComparison.Ordinal);
    }

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

    [GeneratedRegex(@"(?<named>NATO\s+Response\s+Force|Very\s+High\s+Readiness\s+Joint\s+Task\s+Force|VJTF|[Ee]nhanced\s+[Ff]orward\s+[Pp]resence|Allied\s+Reaction\s+Force|(?:multinational\s+)?[Bb]attle\s?groups?|\d+(?:st|nd|rd|th)\s+(?:Airborne|Infantry|Armou?red|Cavalry|Mountain)\s+(?:Division|Brigade|Regiment))|\b(?<!\barmed\s)(?<generic>(?:(?:combat|ground|rapid-response|special\s+operations)\s+)?(?:troops|soldiers|forces|service\s?members|personnel|paratroopers|marines|infantry|fighter\s+jets|jets|warplanes|fighter\s+aircraft|aircraft|F-\d{2}s?|attack\s+helicopters|helicopters|warships|naval\s+vessels|ships|frigates|destroyers|submarines|tanks|armou?red\s+vehicles|artillery|air[- ]defen[cs]e\s+systems|Patriot\s+(?:missile\s+)?(?:batteries|systems)|missile[- ]defen[cs]e\s+systems|military\s+resources|capabilities|equipment|battalions?|brigades?))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Asset();

    [GeneratedRegex(@"\b(?:to|into|joins?|joined|joining)\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}’'\-]*\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    [GeneratedRegex(@"Response\s+Force|Readiness\s+Joint|VJTF|Forward\s+Presence|Allied\s+Reaction|[Bb]attle\s?group", RegexOptions.CultureInvariant)]
    private static partial Regex NatoForce();

    [GeneratedRegex(@"^(?:’s|'s)?\s+(?:(?!(?:and|or|to|in|into|of|for|from|with|by|on|at|the|a|an|that|which|as|has|have|had|is|are|was|were|will|would|sent|sending|deployed|deploying|said)\b)[\p{L}\-]+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();
}
