using AllianceBot.Bot.Answering;
using AllianceBot.Facts.Ingestion;
using AllianceBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Conversation;

/// <summary>
/// The six labelled questions about the founding article, asked after ingesting it (extractor → fact table in Azurite →
/// warm index): through /api/messages with a loopback connector, and end to end through the Agents Playground.
/// Each answer must mention the labelled words.
/// </summary>
public sealed class SeedQuestionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SeedQuestions_ThroughTheBotHost_AnswersMentionTheLabelledWords()
    {
        var seed = await LoadOrSkipAsync();
        await using var bot = await BotConversation.StartAsync([], Ct);
        await IngestAsync(bot.Host, seed);
        var answers = new List<string>();

        foreach (var (question, mustMention) in seed.Questions)
        {
            var reply = await bot.ExchangeAsync(bot.Activity("msteams", text: question), Ct);
            var answer = CardText.Of(reply);
            answers.Add($"Q: {question}\nA: {answer}\n");
            AssertMentions(question, answer, mustMention);
        }

        // Kept for people to read (and quote): .artifacts/seed-answers.txt.
        var artifacts = Directory.CreateDirectory(Path.Combine(RepoRoot.Find(), ".artifacts"));
        await File.WriteAllLinesAsync(Path.Combine(artifacts.FullName, "seed-answers.txt"), answers, Ct);
    }

    [Theory]
    [InlineData(PlaygroundHost.Teams)]
    [InlineData(PlaygroundHost.Emulator)]
    public async Task SeedQuestions_ThroughThePlayground_AnswersMentionTheLabelledWords(string channelId)
    {
        var seed = await LoadOrSkipAsync();
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Facts:TableName"] = Azurite.UniqueName("seed"),
            ["Facts:ArticleTableName"] = Azurite.UniqueName("seedarticles"),
        });
        await IngestAsync(host, seed);
        await using var playground = await PlaygroundHost.StartAsync(new Uri(host.Address, "api/messages"), channelId, Ct);

        foreach (var (question, mustMention) in seed.Questions)
        {
            await playground.SendAsync(question, ct: Ct);
            var reply = await playground.NextBotMessageAsync(TimeSpan.FromSeconds(30), Ct);
            var attachment = Assert.Single(reply.Attachments);
            AssertMentions(question, CardText.OfCard(attachment.GetProperty("content")), mustMention);
        }
    }

    private static async Task<SeedArticle> LoadOrSkipAsync() =>
        await SeedArticle.TryLoad(Ct)
        ?? throw Xunit.Sdk.SkipException.ForSkip($"The founding article or its labels are not in {SeedArticle.SharedFolder} (seeds/{SeedArticle.FileName}, eval/seed-labels.json).");

    private static async Task IngestAsync(BotHost host, SeedArticle seed)
    {
        var result = await host.Services.GetRequiredService<ArticleIngestor>().IngestAsync(seed.Article, Ct);
        Assert.NotEmpty(result.Facts);
        await host.Services.GetRequiredService<FactIndexRefresher>().RefreshAsync(Ct);
    }

    private static void AssertMentions(string question, string answer, IReadOnlyList<string> mustMention)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"Q: {question}\nA: {answer}\n");
        foreach (var word in mustMention)
        {
            Assert.True(answer.Contains(word, StringComparison.OrdinalIgnoreCase), $"The answer to \"{question}\" does not mention \"{word}\":\n{answer}");
        }
    }
}
