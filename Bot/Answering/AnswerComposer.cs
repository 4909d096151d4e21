using System.Text.RegularExpressions;
using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// Writes the answer from the facts found: the best few (newest first where time matters) and a lead that only says
/// what those facts say. Yes/no questions lead with yes or no when a fact decides it; nothing found says so plainly.
/// </summary>
public sealed partial class AnswerComposer(IOptions<AnsweringOptions> options, Suggestions suggestions)
{
    public Answer Compose(Question question, SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Facts.Count == 0)
        {
            return new Answer(NothingLead(question), []) { Suggestions = suggestions.For(question) };
        }

        var shown = result.Facts.Take(options.Value.MaxFacts).ToList();
        if (question.NewestFirst)
        {
            shown = [.. shown.OrderByDescending(FactFields.DayOf)];
        }

        // Broadened (the words matched nothing, the filters did): structured questions still get their lead from the facts' fields.
        var lead = result.Broadened && question.Form == QuestionForm.Open ? BroadenedLead(question) : Lead(question, result.Facts, shown);
        return new Answer(lead, shown) { MoreCount = Math.Max(0, result.Total - shown.Count) };
    }

    private static string Lead(Question question, IReadOnlyList<Fact> candidates, List<Fact> shown) => question.Form switch
    {
        QuestionForm.YesNo when question.RequiredKinds.Contains(FactKind.Article5) => Verdicts.Article5(candidates),
        QuestionForm.YesNo => Verdicts.YesNo(question, candidates),
        QuestionForm.WhichCountries => WhichCountries(shown),
        QuestionForm.Where => Destinations(shown),
        QuestionForm.HowMany => Figure(shown),
        QuestionForm.WhatSaid => Said(shown),
        _ => null,
    } ?? $"Here is what I found{Describe(question)}: {Count(shown.Count)}.";

    private static string? WhichCountries(IReadOnlyList<Fact> shown)
    {
        var requests = shown.Where(f => f.Kind == FactKind.Article4Request && f.Requesters.Count > 0).ToList();
        if (requests.Count > 0)
        {
            var names = requests.SelectMany(f => f.Requesters).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var group = requests.Select(f => f.RequesterGroup).FirstOrDefault(g => !string.IsNullOrWhiteSpace(g));
            return $"{FactText.List(names)} requested Article 4 consultations ({FactText.Date(requests[0])})"
                + (group is null ? "." : $", among {group}.");
        }

        var actors = shown.Select(f => f.By).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return actors.Count == 0 ? null : $"The facts name {FactText.List(actors)}.";
    }

    private static string? Destinations(IReadOnlyList<Fact> shown)
    {
        var parts = shown.Where(f => f.Kind == FactKind.Deployment && f.To.Count > 0)
            .GroupBy(f => f.By ?? "Unnamed senders", StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var assets = g.SelectMany(f => f.Assets).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToList();
                var to = g.SelectMany(f => f.To).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return $"{g.Key}: {(assets.Count > 0 ? FactText.List(assets) : "forces")} to {FactText.List(to)}";
            })
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts) + ".";
    }

    private static string? Figure(IReadOnlyList<Fact> shown)
    {
        if (shown.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f.Size)) is { } sized)
        {
            return $"{sized.Size}: {FactText.Sentence(sized.Summary)}";
        }

        foreach (var fact in shown)
        {
            var figure = Number().Match(fact.Evidence);
            if (figure.Success)
            {
                return $"The source gives {figure.Value.Trim()} ({FactText.SourceName(fact.Source)}, {FactText.Date(fact)}).";
            }
        }

        return null;
    }

    private static string? Said(IReadOnlyList<Fact> shown)
    {
        var statements = shown.Where(f => f.Kind == FactKind.Statement && f.Quote is not null).ToList();
        if (statements.Count == 0)
        {
            return null;
        }

        var first = statements[0];
        var more = statements.Count - 1;
        return $"{first.Speaker ?? "Someone"} said {FactText.Quoted(first.Quote!)} ({FactText.Date(first)})"
            + (more > 0 ? $"; {more} more statement{(more == 1 ? string.Empty : "s")} below." : ".");
    }

    private static string NothingLead(Question question) =>
        $"I don't know anything about that{Describe(question)}: no fact in my table matches, and I won't guess.";

    private static string BroadenedLead(Question question) =>
        $"Nothing matched “{string.Join(' ', question.Words)}” exactly; here are the newest facts{Describe(question)}.";

    /// <summary>" about Poland, Stoltenberg, 1 Feb 2022 – 28 Feb 2022" from the question's filters.</summary>
    internal static string Describe(Question question)
    {
        var about = question.Countries.Concat(question.People).ToList();
        var text = about.Count > 0 ? $" about {FactText.List(about)}" : string.Empty;
        return question.Range is { } r
            ? text + (r.From, r.To) switch
            {
                ({ } f, { } t) when f == t => $" on {FactText.Day(f)}",
                ({ } f, { } t) => $" from {FactText.Day(f)} to {FactText.Day(t)}",
                ({ } f, null) => $" since {FactText.Day(f)}",
                (null, { } t) => $" until {FactText.Day(t)}",
                _ => string.Empty,
            }
            : text;
    }

    private static string Count(int n) => n == 1 ? "1 fact" : $"{n} facts";

    [GeneratedRegex(@"\b(about|some|around|nearly|almost|up to|more than|over)?\s*\d{1,3}(,\d{3})+(\s+[a-z\-]+){0,2}\s+(troops|soldiers|forces|personnel|service members|people)\b|\b(about|some|around|nearly|up to|more than)\s+\d{1,3}(,\d{3})*\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
