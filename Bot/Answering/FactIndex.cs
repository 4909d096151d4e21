using System.Collections.Concurrent;
using AllianceBot.Facts.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// An in-memory Lucene index of facts, ranked with BM25. Structured fields (kind, place, person, day) filter exactly
/// like <c>FactQuery</c>; the <c>text</c> field (summary, quote, evidence, assets, names) ranks. Facts are added as they
/// arrive (same id replaces); searches see them after <see cref="Add"/> returns. Thread-safe.
/// </summary>
public sealed class FactIndex : IDisposable
{
    internal const LuceneVersion Lucene = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ConcurrentDictionary<string, Fact> facts = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Threading.Lock writeLock = new();
    private long generation;

    public FactIndex()
    {
        Analyzer = new EnglishAnalyzer(Lucene);
        writer = new IndexWriter(directory, new IndexWriterConfig(Lucene, Analyzer) { Similarity = new BM25Similarity() });
        searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>The analyzer of the <c>text</c> field (English: lower case, stop words, Porter stems).</summary>
    public Analyzer Analyzer { get; }

    public int Count => facts.Count;

    /// <summary>Grows each time facts change; caches of derived data compare it.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>True once the first full load finished.</summary>
    public bool IsReady => ready.Task.IsCompleted;

    /// <summary>Completes when the first full load finished.</summary>
    public Task Ready => ready.Task;

    public IEnumerable<Fact> All => facts.Values;

    public void MarkReady() => ready.TrySetResult();

    public Fact? Get(string id) => facts.GetValueOrDefault(id);

    /// <summary>Adds or replaces facts; returns how many were new or changed.</summary>
    public int Add(IEnumerable<Fact> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var changed = 0;
        lock (writeLock)
        {
            foreach (var fact in batch)
            {
                if (facts.TryGetValue(fact.Id, out var known) && known.IngestedAt == fact.IngestedAt)
                {
                    continue;
                }

                writer.UpdateDocument(new Term(FactFields.Id, fact.Id), FactFields.ToDocument(fact));
                facts[fact.Id] = fact;
                changed++;
            }

            if (changed > 0)
            {
                searchers.MaybeRefreshBlocking();
                Interlocked.Increment(ref generation);
            }
        }

        return changed;
    }

    /// <summary>The best <paramref name="top"/> facts for <paramref name="query"/> within <paramref name="filter"/>, and how many matched.</summary>
    public IndexHits Search(Query query, Query? filter, int top, bool newestFirst)
    {
        ArgumentNullException.ThrowIfNull(query);
        var searcher = searchers.Acquire();
        try
        {
            var wrapped = filter is null ? null : new QueryWrapperFilter(filter);
            TopDocs hits = newestFirst
                ? searcher.Search(query, wrapped, top, new Sort(new SortField(FactFields.WhenSort, SortFieldType.INT64, true), SortField.FIELD_SCORE))
                : searcher.Search(query, wrapped, top);
            var found = new List<Fact>(hits.ScoreDocs.Length);
            var scores = new List<float>(hits.ScoreDocs.Length);
            foreach (var hit in hits.ScoreDocs)
            {
                if (facts.GetValueOrDefault(searcher.Doc(hit.Doc).Get(FactFields.Id, System.Globalization.CultureInfo.InvariantCulture)) is { } fact)
                {
                    found.Add(fact);
                    scores.Add(hit.Score);
                }
            }

            return new IndexHits(found, scores, hits.TotalHits);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The analyzed terms of <paramref name="words"/> as the <c>text</c> field stores them.</summary>
    public IReadOnlyList<string> Terms(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream(FactFields.Text, string.Join(' ', words));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (!terms.Contains(value, StringComparer.Ordinal))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        Analyzer.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
