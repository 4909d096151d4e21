using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Finds organisations that act or speak in alliance news: NATO (also "the alliance", "allies", "member states"),
/// its bodies ("the North Atlantic Council"), government bodies ("the Pentagon" acts for the United States,
/// "the Polish Foreign Ministry" for Poland), the EU and the UN.
/// </summary>
internal sealed partial class OrganisationFinder(Gazetteer gazetteer)
{
    /// <summary>Every organisation name holds one of these; the pattern runs only near them.</summary>
    private static readonly System.Buffers.SearchValues<string> Anchors = System.Buffers.SearchValues.Create(
        ["NATO", "Nato", "North Atlantic", "lliance", "llies", "ember states", "ember countries", "ember nations", "Pentagon",
         "White House", "State Department", "Defense Department", "Department of Defense", "Kremlin", "European", "EU",
         "United Nations", "UN", "U.N.", "Council", "Commission", "Command", "Ministry", "ministry", "Parliament",
         "Government", "Cabinet", "Armed Forces", "Army", "Navy", "Air Force", "Joint Chiefs"], StringComparison.Ordinal);

    private static readonly Dictionary<string, (string Name, string? ActsFor)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NATO"] = ("NATO", "NATO"),
        ["Nato"] = ("NATO", "NATO"),
        ["North Atlantic Treaty Organization"] = ("NATO", "NATO"),
        ["North Atlantic Treaty Organisation"] = ("NATO", "NATO"),
        ["alliance"] = ("NATO", "NATO"),
        ["allies"] = ("NATO", "NATO"),
        ["NATO allies"] = ("NATO", "NATO"),
        ["NATO members"] = ("NATO", "NATO"),
        ["member states"] = ("NATO", "NATO"),
        ["member countries"] = ("NATO", "NATO"),
        ["member nations"] = ("NATO", "NATO"),
        ["NATO member states"] = ("NATO", "NATO"),
        ["NATO member countries"] = ("NATO", "NATO"),
        ["Pentagon"] = ("Pentagon", "United States"),
        ["White House"] = ("White House", "United States"),
        ["State Department"] = ("State Department", "United States"),
        ["Defense Department"] = ("Pentagon", "United States"),
        ["Department of Defense"] = ("Pentagon", "United States"),
        ["Kremlin"] = ("Kremlin", "Russia"),
        ["European Union"] = ("European Union", "European Union"),
        ["EU"] = ("European Union", "European Union"),
        ["European Commission"] = ("European Commission", "European Union"),
        ["United Nations"] = ("United Nations", "United Nations"),
        ["UN"] = ("United Nations", "United Nations"),
        ["U.N."] = ("United Nations", "United Nations"),
    };

    /// <summary>Every organisation named in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<EntityMention>();
        foreach (var m in AnchoredScan.Matches(text, Anchors, Pattern(), 45, 30))
        {
            found.Add(ToMention(m));
        }

        return found;
    }

    /// <summary>The organisation <paramref name="phrase"/> names as a whole ("the Pentagon", "the alliance"), or null.</summary>
    public EntityMention? Match(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        phrase = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
        var m = Pattern().Match(phrase);
        return m.Success && m.Index == 0 && m.Length == phrase.Length ? ToMention(m) : null;
    }

    private EntityMention ToMention(Match m)
    {
        var name = m.Groups["name"].Value;
        if (Known.TryGetValue(name, out var known))
        {
            return new EntityMention(m.Index, m.Index + m.Length, EntityKind.Organisation, known.Name, null, known.ActsFor);
        }

        var owner = m.Groups["owner"].Success ? gazetteer.Lookup(StripPossessive(m.Groups["owner"].Value))?.Name : null;
        var body = m.Groups["body"].Value;
        var canonical = m.Groups["owner"].Success ? m.Groups["owner"].Value + " " + body : body;
        var actsFor = owner ?? (canonical.StartsWith("North Atlantic", StringComparison.Ordinal) ? "NATO" : null);
        return new EntityMention(m.Index, m.Index + m.Length, EntityKind.Organisation, canonical, null, actsFor);
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex("""
        \b(?:
          (?<name>N(?:ATO|ato)\ (?:allies|members|member\ states|member\ countries)|North\ Atlantic\ Treaty\ Organi[sz]ation|NATO|Nato|[Aa]lliance|[Aa]llies|[Mm]ember\ (?:states|countries|nations)|Pentagon|White\ House|State\ Department|Defense\ Department|Department\ of\ Defense|Kremlin|European\ Union|European\ Commission|EU|United\ Nations|UN|U\.N\.)
        | (?:(?<owner>(?!(?:The|A|An|In|On|At|But|And|As)\ )\p{Lu}\p{L}+(?:’s|'s)?)\ )?(?<body>(?:(?!(?:The|A|An|In|On|At|But|And|As)\ )\p{Lu}\p{L}+\ ){0,3}(?:Council|Commission|Command|Ministry|Parliament|Government|Cabinet|Armed\ Forces|Army|Navy|Air\ Force|Joint\ Chiefs\ of\ Staff)(?:\ of\ (?:Defen[cs]e|Foreign\ Affairs|the\ Interior))?|(?:[Ff]oreign|[Dd]efen[cs]e)\ [Mm]inistry|[Mm]inistry\ of\ (?:[Dd]efen[cs]e|[Ff]oreign\ [Aa]ffairs))
        )(?![\p{L}])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
