using System.Text.Json.Nodes;
using AllianceBot.Testing;
using YamlDotNet.RepresentationModel;

namespace AllianceBot.IntegrationTests.Infra;

/// <summary>azure.yaml and infra/main.parameters.json agree with the code and with infra/main.bicep.</summary>
public sealed class AzdProjectTests
{
    [Fact]
    public void AzureYaml_ApiService_IsTheFunctionsProjectOnAzureFunctions()
    {
        var api = (YamlMappingNode)LoadAzureYaml().Children[new YamlScalarNode("services")][new YamlScalarNode("api")];

        Assert.Equal("function", ((YamlScalarNode)api[new YamlScalarNode("host")]).Value);
        Assert.Equal("dotnet", ((YamlScalarNode)api[new YamlScalarNode("language")]).Value);
        var project = Path.Combine(RepoRoot.Find(), ((YamlScalarNode)api[new YamlScalarNode("project")]).Value!);
        Assert.True(File.Exists(Path.Combine(project, "AllianceBot.Functions.csproj")), project);
    }

    [Fact]
    public async Task Parameters_EachOne_IsAParameterOfMainBicep()
    {
        BicepTests.SkipUnlessBicepRuns();
        var declared = (await MainTemplate.GetAsync())["parameters"]!.AsObject().Select(p => p.Key).ToHashSet();

        var given = LoadParameters().Select(p => p.Key).ToList();

        Assert.All(given, name => Assert.Contains(name, declared));
    }

    [Fact]
    public async Task Parameters_WithoutDefaultInMainBicep_AreAllGiven()
    {
        BicepTests.SkipUnlessBicepRuns();
        var required = (await MainTemplate.GetAsync())["parameters"]!.AsObject()
            .Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).ToList();

        var given = LoadParameters().Select(p => p.Key).ToHashSet();

        Assert.NotEmpty(required);
        Assert.All(required, name => Assert.Contains(name, given));
    }

    [Theory]
    [InlineData("environmentName", "${AZURE_ENV_NAME}")]
    [InlineData("location", "${AZURE_LOCATION}")]
    [InlineData("slackClientSecret", "${SLACK_CLIENT_SECRET=}")]
    [InlineData("slackSigningSecret", "${SLACK_SIGNING_SECRET=}")]
    public void Parameters_Value_ComesFromTheAzdEnvironment(string name, string expected)
    {
        var parameters = LoadParameters();

        Assert.Equal(expected, (string?)parameters[name]!["value"]);
    }

    private static YamlMappingNode LoadAzureYaml()
    {
        using var reader = new StreamReader(Path.Combine(RepoRoot.Find(), "azure.yaml"));
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static JsonObject LoadParameters() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(InfraFiles.Root, "main.parameters.json")))!["parameters"]!.AsObject();
}
