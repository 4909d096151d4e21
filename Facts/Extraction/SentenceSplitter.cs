using System.Buffers;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Splits normalised article text into paragraphs (line breaks) and sentences (. ! ? before a capital, a digit or an
/// opening quote), without splitting after abbreviations such as "Gen.", "Feb." or "U.S." or after initials.
/// </summary>
internal sealed class SentenceSplitter
{
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");
    private static readonly SearchValues<char> Closers = SearchValues.Create("”\"’')]»");
    private static readonly SearchValues<char> Openers = SearchValues.Create("“\"‘'(«„");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Maj.Gen", "Mr", "Mrs", "Ms", "Dr",
        "Prof", "Sen", "Rep", "Gov", "Rev", "St", "Jr", "Sr", "No", "Nos", "vs", "etc", "approx", "Inc", "Ltd", "Co",
        "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
        "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Mt", "Ft", "Pres", "Sec", "Dept", "Amb", "Gens",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(text.Length / 100 + 4);
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences))
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static bool SplitLine(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        start = SkipSpace(text, start, end);
        end = TrimEnd(text, start, end);
        if (start >= end)
        {
            return false;
        }

        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var found = text.AsSpan(i, end - i).IndexOfAny(Terminators);
            if (found < 0)
            {
                break;
            }

            i += found;
            var boundary = BoundaryAfter(text, i, end);
            if (boundary > 0)
            {
                sentences.Add(new Sentence(sentenceStart, boundary, paragraph));
                sentenceStart = SkipSpace(text, boundary, end);
                i = sentenceStart;
            }
            else
            {
                i++;
            }
        }

        if (sentenceStart < end)
        {
            sentences.Add(new Sentence(sentenceStart, end, paragraph));
        }

        return true;
    }

    /// <summary>Where the sentence ends if the terminator at <paramref name="i"/> ends one; otherwise -1.</summary>
    private static int BoundaryAfter(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end && (Terminators.Contains(text[j]) || Closers.Contains(text[j])))
        {
            j++;
        }

        if (j >= end || text[j] != ' ')
        {
            return -1;
        }

        var next = SkipSpace(text, j, end);
        if (next >= end)
        {
            return -1;
        }

        var c = text[next];
        var startsSentence = char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c);
        if (!startsSentence || (text[i] == '.' && IsAbbreviation(text, i)))
        {
            return -1;
        }

        return j;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, period - start);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        if (word.Contains('.'))
        {
            return true; // "U.S.", "U.K."
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
