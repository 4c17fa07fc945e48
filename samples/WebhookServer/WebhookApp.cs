using MetalLb.Validation.Admission;

namespace WebhookServer;

/// <summary>Builds the web application: Kestrel over HTTPS only, <c>POST /validate</c> and <c>GET /healthz</c>.</summary>
public static class WebhookApp
{
    /// <summary>Creates the application; call <c>StartAsync</c> or <c>RunAsync</c> on the result.</summary>
    public static WebApplication Create(WebhookSettings settings, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = AdmissionHandler.MaxReviewBytes;
            kestrel.Listen(System.Net.IPAddress.Parse(settings.ListenAddress), settings.Port, listen => listen.UseHttps(settings.Certificate));
        });
        builder.Services.AddSingleton(settings.Snapshot);
        builder.Services.AddMetalLbValidation(validation => validation.Options = settings.Options);
        var app = builder.Build();
        var handler = app.Services.GetRequiredService<AdmissionHandler>();
        app.MapPost("/validate", async (HttpContext context) =>
        {
            var review = await handler.HandleAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
            return Results.Text(AdmissionHandler.Serialize(review), "application/json", statusCode: StatusCodes.Status200OK);
        });
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
