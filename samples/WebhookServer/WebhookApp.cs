using MetalLb.Validation.Admission;
using WebhookServer.Health;
using WebhookServer.Validate;

namespace WebhookServer;

/// <summary>
/// Builds the web application: Kestrel over HTTPS only, <c>POST /validate</c>, <c>GET /healthz</c> (liveness) and
/// <c>GET /readyz</c> (a good snapshot exists).
/// </summary>
public static class WebhookApp
{
    /// <summary>Creates the application; call <c>StartAsync</c> or <c>RunAsync</c> on the result.</summary>
    public static WebApplication Create(WebhookSettings settings, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("WebhookServer", LogLevel.Information);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // One limit for HTTP/1.1 and HTTP/2; /validate also answers and resets an HTTP/2 stream that goes over it.
            kestrel.Limits.MaxRequestBodySize = AdmissionHandler.MaxReviewBytes;
            kestrel.Limits.MaxConcurrentConnections = settings.MaxConnections;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Listen(System.Net.IPAddress.Parse(settings.ListenAddress), settings.Port, listen => listen.UseHttps(settings.Certificate));
        });
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(settings.Snapshot);
        builder.Services.AddSingleton(_ => new ValidationGate(settings.MaxConcurrentValidations));
        builder.Services.AddSingleton<ValidateEndpoint>();
        builder.Services.AddHostedService<IdleMemoryTrim>();
        builder.Services.AddMetalLbValidation(validation => validation.Options = settings.Options);
        var app = builder.Build();
        var endpoint = app.Services.GetRequiredService<ValidateEndpoint>();
        app.MapPost("/validate", endpoint.HandleAsync);
        HealthEndpoints.Map(app, settings.Snapshot);
        return app;
    }
}
