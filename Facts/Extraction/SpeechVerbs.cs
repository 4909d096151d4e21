using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>Verbs that attribute words to a speaker ("said", "told", "warned", "tweeted"…), as one regex.</summary>
internal static partial class SpeechVerbs
{
    public const string Alternation =
        "said|says|say|told|tells|added|adds|stated|warned|warns|noted|notes|wrote|writes|declared|declares|announced|announces|" +
        "stressed|stresses|insisted|insists|explained|explains|argued|argues|pledged|pledges|promised|promises|vowed|vows|" +
        "urged|urges|tweeted|tweets|posted|replied|replies|responded|responds|emphasi[sz]ed|emphasi[sz]es|underlined|" +
        "underscored|underscores|affirmed|reaffirmed|confirmed|confirms|acknowledged|claimed|claims|cautioned|predicted|concluded|" +
        "recalled|observed|remarked|admitted|conceded|suggested|asked|asks|continued|reiterated|reiterates|assured|" +
        "commented|countered|added|characteri[sz]ed|described";

    /// <summary>Words that every attribution holds (a speech verb or "according"): a cheap test before the patterns.</summary>
    public static readonly System.Buffers.SearchValues<string> Cues = System.Buffers.SearchValues.Create(
        ["said", "say", "told", "tell", "add", "state", "warn", "note", "wrote", "write", "declare", "announce", "stress",
         "insist", "explain", "argue", "pledge", "promise", "vow", "urge", "tweet", "post", "repl", "respond", "emphasi",
         "underline", "underscore", "affirm", "confirm", "acknowledge", "claim", "caution", "predict", "conclude",
         "recall", "observe", "remark", "admit", "concede", "suggest", "ask", "continue", "reiterate", "assure",
         "comment", "counter", "characteri", "describe", "according", ":"], StringComparison.Ordinal);

    /// <summary>A speech verb as a whole word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\-])(?:" + Alternation + @")(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    public static partial Regex Verb();

    /// <summary>A speech verb right at the start of the input, after spaces and an adverbial or two.</summary>
    [GeneratedRegex(@"^\s+(?:(?:also|later|then|again|previously|repeatedly|recently|earlier|once|further|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|in\s+a\s+statement)\s+)*(?:" + Alternation + @")(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    public static partial Regex VerbAhead();
}
