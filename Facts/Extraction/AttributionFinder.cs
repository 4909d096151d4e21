using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Finds who said each quote from the words around it: after the closing mark ("…,” Stoltenberg told reporters",
/// "…,” he said", "…,” said the minister", "…,” according to X"), else before the opening mark ("X said that “…",
/// "X told reporters “…", "The plans, X said, “…", "according to X, “…", "X: “…"). A quote that opens a sentence
/// without attribution continues the previous quote's speaker in the paragraph (or the paragraph before);
/// fragments of one sentence with no attribution between them ("“that our …” under Article 5 “is ironclad”") join.
/// </summary>
internal sealed partial class AttributionFinder(SpeakerResolver resolver)
{
    private const int MaxGapWords = 8;

    /// <summary>The quotes of <paramref name="doc"/> with speakers and evidence.</summary>
    public IReadOnlyList<Quote> Attribute(AnalyzedArticle doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var quotes = new List<Quote>(doc.QuoteSpans.Count);
        for (var i = 0; i < doc.QuoteSpans.Count; i++)
        {
            var span = doc.QuoteSpans[i];
            var attribution = After(doc, i) ?? Before(doc, i);
            if (attribution is null && quotes.Count > 0 && quotes[^1].Speaker is not null && IsFragmentOf(doc, quotes[^1], span))
            {
                quotes[^1] = Join(quotes[^1], span.Content(doc.Text), span);
                continue;
            }

            var speaker = attribution is { } a ? resolver.Resolve(doc, a.Phrase, a.Area) : Inherited(doc, span, quotes);
            quotes.Add(new Quote(span, span.Content(doc.Text), speaker, Evidence(doc, span, attribution)));
        }

        return quotes;
    }

    private Attribution? After(AnalyzedArticle doc, int index)
    {
        var span = doc.QuoteSpans[index];
        var start = span.Close + 1;
        var end = doc.Sentences[doc.SentenceAt(span.Close)].End;
        if (index + 1 < doc.QuoteSpans.Count)
        {
            end = Math.Min(end, doc.QuoteSpans[index + 1].Open);
        }

        if (end <= start || doc.Text.AsSpan(start, end - start).IndexOfAny(SpeechVerbs.Cues) < 0)
        {
            return null;
        }

        var m = AfterPattern().Match(doc.Text, start, end - start);
        if (!m.Success)
        {
            return null;
        }

        var named = m.Groups["isp"].Success ? m.Groups["isp"] : m.Groups["asp"];
        if (named.Success)
        {
            var phrase = new TextRange(named.Index, named.Index + named.Length);
            return new Attribution(phrase, phrase);
        }

        return Subject(doc, m.Groups["ssp"].Index, m.Groups["verb"].Index);
    }

    private Attribution? Before(AnalyzedArticle doc, int index)
    {
        var span = doc.QuoteSpans[index];
        var start = doc.Sentences[doc.SentenceAt(span.Open)].Start;
        if (index > 0 && doc.QuoteSpans[index - 1].Close >= start)
        {
            start = doc.QuoteSpans[index - 1].Close + 1;
        }

        if (span.Open <= start || doc.Text.AsSpan(start, span.Open - start).IndexOfAny(SpeechVerbs.Cues) < 0)
        {
            return null;
        }

        var tail = Tail(doc.Text, start, span.Open, 120);
        var cue = BeforeCue().Match(doc.Text, tail, span.Open - tail);
        if (cue.Success)
        {
            var g = cue.Groups["sp"];
            var phrase = new TextRange(g.Index, g.Index + g.Length);
            return new Attribution(phrase, phrase);
        }

        Match? last = null;
        for (var m = SpeechVerbs.Verb().Match(doc.Text, start, span.Open - start); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last is null ? null : Subject(doc, start, last.Index);
    }

    /// <summary>The subject of the speech verb at <paramref name="verb"/>: the noun phrase before it, past adverbs and appositives.</summary>
    private static Attribution? Subject(AnalyzedArticle doc, int start, int verb)
    {
        var text = doc.Text;
        var tail = Tail(text, start, verb, 60);
        var adverbs = TrailingAdverbs().Match(text, tail, verb - tail);
        var end = adverbs.Success ? adverbs.Index : verb;
        end = SkipAppositives(text, start, end);
        tail = Tail(text, start, end, 80);
        var np = NounPhraseAtEnd().Match(text, tail, end - tail);
        if (!np.Success || np.Length == 0)
        {
            return null;
        }

        var phraseEnd = np.Index + np.Value.TrimEnd().Length;
        return new Attribution(new TextRange(np.Index, phraseEnd), new TextRange(np.Index, verb));
    }

    /// <summary>The last <paramref name="length"/> characters before <paramref name="end"/>, from a word start: end-anchored patterns need no more.</summary>
    private static int Tail(string text, int start, int end, int length)
    {
        var from = Math.Max(start, end - length);
        while (from > start && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] != ',')
        {
            from--;
        }

        return from;
    }

    /// <summary>Steps back over ", a program coordinator at …," segments that describe the subject.</summary>
    private static int SkipAppositives(string text, int start, int end)
    {
        for (var round = 0; round < 3; round++)
        {
            var trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }

            if (trimmed <= start || text[trimmed - 1] != ',')
            {
                return end;
            }

            var previous = text.LastIndexOf(',', trimmed - 2, trimmed - 1 - start);
            if (previous < 0 || !Describes(text.AsSpan(previous + 1, trimmed - previous - 2).Trim()))
            {
                return round == 0 ? end : trimmed - 1;
            }

            end = previous;
        }

        return end;
    }

    private static bool Describes(ReadOnlySpan<char> segment) =>
        segment.Length > 0 && (char.IsLower(segment[0]) || DescribesPattern().IsMatch(segment));

    private static TextRange Evidence(AnalyzedArticle doc, QuoteSpan span, Attribution? attribution)
    {
        var start = doc.Sentences[doc.SentenceAt(span.Open)].Start;
        var end = doc.Sentences[doc.SentenceAt(span.Close)].End;
        if (attribution is { } a)
        {
            start = Math.Min(start, doc.Sentences[doc.SentenceAt(a.Phrase.Start)].Start);
            end = Math.Max(end, doc.Sentences[doc.SentenceAt(a.Phrase.Start)].End);
        }

        return new TextRange(start, Math.Max(end, span.Close + 1));
    }

    private static bool StartsSentence(AnalyzedArticle doc, QuoteSpan span) =>
        doc.Sentences[doc.SentenceAt(span.Open)].Start == span.Open;

    /// <summary>A quote that opens its sentence unattributed continues the previous quote's speaker nearby.</summary>
    private static Speaker? Inherited(AnalyzedArticle doc, QuoteSpan span, List<Quote> quotes)
    {
        if (quotes.Count == 0 || !StartsSentence(doc, span))
        {
            return null;
        }

        var previous = quotes[^1];
        var paragraph = doc.Sentences[doc.SentenceAt(span.Open)].Paragraph;
        var previousParagraph = doc.Sentences[doc.SentenceAt(previous.Span.Close)].Paragraph;
        var opensParagraph = doc.SentenceAt(span.Open) == 0 || doc.Sentences[doc.SentenceAt(span.Open) - 1].Paragraph != paragraph;
        return paragraph == previousParagraph || (paragraph == previousParagraph + 1 && opensParagraph) ? previous.Speaker : null;
    }

    private static bool IsFragmentOf(AnalyzedArticle doc, Quote previous, QuoteSpan next)
    {
        if (doc.SentenceAt(previous.Span.Close) != doc.SentenceAt(next.Open) || StartsSentence(doc, next))
        {
            return false;
        }

        var gap = doc.Text.AsSpan(previous.Span.Close + 1, next.Open - previous.Span.Close - 1);
        return gap.Count(' ') <= MaxGapWords + 1 && !SpeechVerbs.Verb().IsMatch(gap) && !gap.ContainsAny(".;:!?");
    }

    private static Quote Join(Quote first, TextRange content, QuoteSpan second) => first with
    {
        Span = new QuoteSpan(first.Span.Open, second.Close),
        Content = new TextRange(first.Content.Start, content.End),
        Evidence = new TextRange(first.Evidence.Start, Math.Max(first.Evidence.End, second.Close + 1)),
    };

    private const string SentenceStop = @"(?<!\b(?:Gen|Lt|Col|Maj|Adm|Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Prof|Brig|Capt|Sgt|St|[A-Z]))\.(?:\s|$)";

    private const string Adverbs = @"also|later|then|again|previously|repeatedly|recently|earlier|once|further|firmly|clearly|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|in\s+a\s+statement|in\s+an\s+interview|on\s+(?:Twitter|X|Telegram|Facebook)|(?:last|this)\s+week";

    [GeneratedRegex(@"^[\s,.;:!?–—\-]*(?:(?<verb0>" + SpeechVerbs.Alternation + @")\s+(?<isp>(?:the\s+|a\s+)?[\p{L}][^,;:!?“”""\n]{1,80}?)(?=\s*(?:[,;:!?]|" + SentenceStop + @"|$))|according\s+to\s+(?<asp>[^,;:!?“”""\n]{2,100}?)(?=\s*(?:[,;:!?]|" + SentenceStop + @"|$))|(?<ssp>[^,;:!?“”""\n]{1,60}?)(?:,[^,;“”""\n]{2,100},)?\s+(?:(?:" + Adverbs + @")\s+)*(?<verb>" + SpeechVerbs.Alternation + @")(?![\p{L}\-]))", RegexOptions.CultureInvariant)]
    private static partial Regex AfterPattern();

    [GeneratedRegex(@"(?:according\s+to\s+(?<sp>[^,;:!?“”""\n]{2,100}),|(?<sp>(?:\p{Lu}[\p{L}\p{M}’'\-.]*\s+){0,5}\p{Lu}[\p{L}\p{M}’'\-.]*):)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeCue();

    [GeneratedRegex(@"(?:\s+(?:" + Adverbs + @"))+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"(?<![\p{L}\p{M}’'\-.])(?:(?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}\p{M}’'\-.]*\s+(?:(?:of|for|de|von|van|der|den|la|le|du|da|dos)\s+){0,2}){0,6}\p{Lu}[\p{L}\p{M}’'\-.]*|(?:[Tt]he|[Aa]n?|\p{Lu}\p{L}+(?:’s|'s))\s+(?:[\p{L}\p{M}’'\-]+\s+){0,5}?[\p{L}\p{M}’'\-]+|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Ww]ho|[Ww]hich|[Tt]hat)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NounPhraseAtEnd();

    [GeneratedRegex(@"^(?:the|a|an|who|which)\s", RegexOptions.CultureInvariant)]
    private static partial Regex DescribesPattern();
}
