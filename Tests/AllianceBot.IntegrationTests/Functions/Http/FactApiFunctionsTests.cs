using System.Text.Json;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.Functions.Http;
using AllianceBot.IntegrationTests.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Functions.Http;

/// <summary>The Functions classes called directly with an <see cref="DefaultHttpContext"/>, running the shared handlers against Azurite.</summary>
public sealed class FactApiFunctionsTests
{
    private const string Body = """{"url":"https://wire.example/fn","title":"T","publisher":"P","published":"2026-03-04","text":"Allies met on Tuesday. Nothing else happened."}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ArticlesFunction_NewThenKnownArticle_Answers201Then200WithoutAdminKey()
    {
        await using var services = FunctionServices.Create();
        var function = ActivatorUtilities.CreateInstance<ArticlesFunction>(services);
        var first = FunctionServices.Request(services, "POST", "/api/articles", body: Body);
        var second = FunctionServices.Request(services, "POST", "/api/articles", body: Body);

        var result = await function.Run(first.Request, Ct);
        await function.Run(second.Request, Ct);

        Assert.IsType<EmptyResult>(result);
        Assert.Equal(StatusCodes.Status201Created, first.Response.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, second.Response.StatusCode);
        Assert.Equal(ArticleTable.IdFor("https://wire.example/fn"),
            JsonDocument.Parse(FunctionServices.ResponseText(second)).RootElement.GetProperty("articleId").GetString());
    }

    [Fact]
    public async Task ArticlesFunction_BadBody_Answers400NamingTheField()
    {
        await using var services = FunctionServices.Create();
        var function = ActivatorUtilities.CreateInstance<ArticlesFunction>(services);
        var context = FunctionServices.Request(services, "POST", "/api/articles", body: """{"text":"no url"}""");

        await function.Run(context.Request, Ct);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Contains("url", FunctionServices.ResponseText(context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsFunction_QueryAndGet_AnswerFromTheFactTable()
    {
        await using var services = FunctionServices.Create();
        var fact = TestFacts.Of(FactKind.Statement);
        await services.GetRequiredService<FactTable>().UpsertFactsAsync([fact, TestFacts.Of(FactKind.Event)], Ct);
        var function = ActivatorUtilities.CreateInstance<FactsFunction>(services);
        var query = FunctionServices.Request(services, "GET", "/api/facts", "?speaker=kaja%20example");
        var get = FunctionServices.Request(services, "GET", "/api/facts/" + fact.Id);
        var missing = FunctionServices.Request(services, "GET", "/api/facts/abc");

        await function.Query(query.Request, Ct);
        await function.Get(get.Request, fact.Id, Ct);
        await function.Get(missing.Request, "abc", Ct);

        var ids = JsonDocument.Parse(FunctionServices.ResponseText(query)).RootElement.GetProperty("facts").EnumerateArray()
            .Select(f => f.GetProperty("id").GetString());
        Assert.Equal([fact.Id], ids);
        Assert.Equal(JsonSerializer.Serialize(fact, FactJson.Options), FunctionServices.ResponseText(get));
        Assert.Equal(StatusCodes.Status404NotFound, missing.Response.StatusCode);
    }

    [Fact]
    public async Task FactsFunction_BadParameter_Answers400()
    {
        await using var services = FunctionServices.Create();
        var function = ActivatorUtilities.CreateInstance<FactsFunction>(services);
        var context = FunctionServices.Request(services, "GET", "/api/facts", "?top=5000");

        await function.Query(context.Request, Ct);

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        Assert.Contains("top", FunctionServices.ResponseText(context), StringComparison.Ordinal);
    }
}
