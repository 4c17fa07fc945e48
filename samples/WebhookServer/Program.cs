using WebhookServer;

var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

await using var app = WebhookApp.Create(WebhookSettings.FromConfiguration(configuration), args);
await app.RunAsync();
