using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using AllianceBot.Testing.Facts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AllianceBot.IntegrationTests.Answering;

/// <summary>Before the index's first load finishes, questions are answered from the fact table in Azurite.</summary>
public sealed class FactSearchColdTests
{
    [Fact]
    public async Task SearchAsync_IndexNotLoaded_QueriesTheTableWithTheQuestionsFilters()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = new FactTable(Azurite.CreateTableClient("cold"), TimeProvider.System, NullLogger<FactTable>.Instance);
        await table.UpsertFactsAsync(FixtureFacts.All, ct);
        using var index = new FactIndex();
        var search = new FactSearch(index, table, Options.Create(new AnsweringOptions { WarmupWait = TimeSpan.Zero }));
        var question = new Question("Has Article 5 been invoked?")
        {
            Form = QuestionForm.YesNo,
            RequiredKinds = new HashSet<FactKind> { FactKind.Article5 },
            Words = ["invoked"],
        };

        var result = await search.SearchAsync(question, ct);

        Assert.False(index.IsReady);
        Assert.Equal(new[] { FixtureFacts.Invoked.Id, FixtureFacts.NotInvoked.Id }.Order(StringComparer.Ordinal),
            result.Facts.Select(f => f.Id).Order(StringComparer.Ordinal));
    }
}
