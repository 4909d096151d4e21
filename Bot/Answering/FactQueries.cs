using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AllianceBot.Bot.Answering;

/// <summary>Builds the Lucene queries for a question: exact filters from its structure, BM25 ranking from its words.</summary>
public static class FactQueries
{
    /// <summary>Boost of a preferred kind ("troops" → deployments) next to the BM25 score of the words.</summary>
    private const float PreferredKindBoost = 1.5f;

    /// <summary>The structured filters (required kinds, countries, people, period) as one query; null when there are none.</summary>
    public static Query? Filter(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var filter = new BooleanQuery();
        AddAny(filter, FactFields.Kind, question.RequiredKinds.Select(FactFields.KindTerm));
        AddAny(filter, FactFields.Place, question.Countries.Select(FactFields.NameTerm));
        AddAny(filter, FactFields.Person, question.People.Select(FactFields.NameTerm));
        if (question.Range is { } range)
        {
            filter.Add(Period(range), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : filter;
    }

    /// <summary>Facts within <paramref name="range"/> (by <see cref="FactFields.DayOf"/>).</summary>
    public static Query Period(DateRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return NumericRangeQuery.NewInt32Range(FactFields.When,
            range.From is { } from ? FactFields.DayNumber(from) : null,
            range.To is { } to ? FactFields.DayNumber(to) : null, true, true);
    }

    /// <summary>
    /// The ranking query: any of the analyzed words in the text (at least one must match), plus a boost for preferred kinds.
    /// Null when the question has no words left to rank by.
    /// </summary>
    public static Query? Ranking(Question question, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return null;
        }

        var words = new BooleanQuery();
        foreach (var term in terms)
        {
            words.Add(new TermQuery(new Term(FactFields.Text, term)), Occur.SHOULD);
        }

        var ranking = new BooleanQuery { { words, Occur.MUST } };
        foreach (var kind in question.PreferredKinds)
        {
            ranking.Add(new TermQuery(new Term(FactFields.Kind, FactFields.KindTerm(kind))) { Boost = PreferredKindBoost }, Occur.SHOULD);
        }

        return ranking;
    }

    /// <summary>Prefers the given kinds among facts that all match (used when there are no words).</summary>
    public static Query PreferKinds(IEnumerable<FactKind> kinds)
    {
        var query = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
        foreach (var kind in kinds)
        {
            query.Add(new TermQuery(new Term(FactFields.Kind, FactFields.KindTerm(kind))) { Boost = PreferredKindBoost }, Occur.SHOULD);
        }

        return query;
    }

    private static void AddAny(BooleanQuery filter, string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        if (any.Clauses.Count > 0)
        {
            filter.Add(any, Occur.MUST);
        }
    }
}
