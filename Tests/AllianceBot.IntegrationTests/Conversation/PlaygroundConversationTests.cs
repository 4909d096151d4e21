using AllianceBot.Bot.Answering;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using AllianceBot.Testing.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Conversation;

/// <summary>End to end through the Agents Playground: the chat opens, the welcome card comes, its Subscribe button and a question work.</summary>
public sealed class PlaygroundConversationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(PlaygroundHost.Teams)]
    [InlineData(PlaygroundHost.Emulator)]
    public async Task Question_InThePlayground_AnswersWithTheExpectedFact(string channelId)
    {
        await using var host = await StartBotAsync();
        await using var playground = await PlaygroundHost.StartAsync(new Uri(host.Address, "api/messages"), channelId, Ct);

        await playground.SendAsync("Are there allied troops in Moldova?", ct: Ct);
        var reply = await playground.NextBotMessageAsync(TimeSpan.FromSeconds(30), Ct);

        var text = CardText.OfCard(Assert.Single(reply.Attachments).GetProperty("content"));
        Assert.Contains("No, according to Mira Halvorsen", text, StringComparison.Ordinal);
        Assert.Contains("There are no allied combat troops in Moldova", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribeButton_PressedInThePlayground_RunsTheSubscribeCommand()
    {
        await using var host = await StartBotAsync();
        await using var playground = await PlaygroundHost.StartAsync(new Uri(host.Address, "api/messages"), PlaygroundHost.Teams, Ct);
        var template = await playground.ActivityTemplateAsync("botAdded", ct: Ct);
        await playground.SendActivityAsync(template, Ct);
        var welcome = await playground.NextBotMessageAsync(TimeSpan.FromSeconds(30), Ct);
        var card = Assert.Single(welcome.Attachments).GetProperty("content");
        var subscribe = card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("data").GetProperty("command").GetString() == "subscribe");

        await playground.SubmitAsync(welcome, subscribe.GetProperty("data"), Ct);
        var reply = await playground.NextBotMessageAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal("Welcome to AllianceBot", CardText.OfCard(card).Split('\n')[0]);
        Assert.Contains("Daily", reply.Text + string.Join(' ', reply.Attachments.Select(a => a.GetRawText())), StringComparison.Ordinal);
    }

    private static async Task<BotHost> StartBotAsync()
    {
        var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Facts:TableName"] = Azurite.UniqueName("play"),
            ["Facts:ArticleTableName"] = Azurite.UniqueName("playarticles"),
            ["Digests:SubscriptionsTable"] = Azurite.UniqueName("playsubs"),
            ["Digests:DeliveriesTable"] = Azurite.UniqueName("playdeliveries"),
        });
        await host.Services.GetRequiredService<FactTable>().UpsertFactsAsync(FixtureFacts.All, Ct);
        await host.Services.GetRequiredService<FactIndexRefresher>().RefreshAsync(Ct);
        return host;
    }
}
