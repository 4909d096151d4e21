using AllianceBot.Bot;
using AllianceBot.Facts;
using AllianceBot.Functions.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddAllianceBotTelemetry();
builder.Services.AddFacts();
builder.Services.AddAllianceBot();

await builder.Build().RunAsync();
