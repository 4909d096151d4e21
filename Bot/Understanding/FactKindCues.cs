using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// The words that say which kinds of fact a question is about. Article 4, Article 5 and "say/said" name a kind outright
/// (required); deployment, decision and event words only hint at one (preferred).
/// </summary>
public static partial class FactKindCues
{
    public static IReadOnlySet<FactKind> Required(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = new HashSet<FactKind>();
        if (Article4().IsMatch(text))
        {
            kinds.Add(FactKind.Article4Request);
        }

        if (Article5().IsMatch(text))
        {
            kinds.Add(FactKind.Article5);
        }

        if (Statement().IsMatch(text))
        {
            kinds.Add(FactKind.Statement);
        }

        return kinds;
    }

    public static IReadOnlySet<FactKind> Preferred(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = new HashSet<FactKind>();
        if (Deployment().IsMatch(text))
        {
            kinds.Add(FactKind.Deployment);
        }

        if (Decision().IsMatch(text))
        {
            kinds.Add(FactKind.Decision);
        }

        if (Event().IsMatch(text))
        {
            kinds.Add(FactKind.Event);
        }

        return kinds;
    }

    [GeneratedRegex(@"\barticle\s*(4|iv|four)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Article4();

    [GeneratedRegex(@"\barticle\s*(5|v|five)\b|\bcollective\s+defen[cs]e\b", RegexOptions.IgnoreCase)]
    private static partial Regex Article5();

    [GeneratedRegex(@"\b(say|says|said|saying|statements?|quotes?|quoted|told|remarks?|speech)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();

    [GeneratedRegex(@"\b(troops?|deploy\w*|send(s|ing)?|sent|forces?|soldiers?|jets?|ships?|battalions?|brigades?|units?|contingents?|reinforce\w*|how\s+(big|large|many)|size)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deployment();

    [GeneratedRegex(@"\b(decid\w*|decisions?|agreed|approv\w*|sanctions?|activat\w*|plans?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(attack\w*|invasion|invad\w*|martial\s+law|explosions?|happen\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Event();
}
