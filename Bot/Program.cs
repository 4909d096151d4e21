using AllianceBot.Bot.Hosting;

var app = AllianceBotApp.Create(args);
await app.RunAsync();
