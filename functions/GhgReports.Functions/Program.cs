using GhgReports;
using GhgReports.Access;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<GhgReports.Functions.StorageOutageAnswer>();
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
// The Application Insights SDK adds a rule that keeps only warnings and above; our services log what they did (an
// intake accepted, a plan published) at Information, and operations need those in Application Insights. The host.json
// logging levels decide instead.
builder.Logging.Services.Configure<LoggerFilterOptions>(options =>
{
    var warningsOnly = options.Rules.FirstOrDefault(rule =>
        rule.ProviderName == "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider");
    if (warningsOnly is not null)
    {
        options.Rules.Remove(warningsOnly);
    }
});
builder.Services.AddGhgReports(builder.Configuration);
// X-MS-CLIENT-PRINCIPAL is trusted only when App Service authentication is on: the platform then sets the header and
// strips any a client sent. WEBSITE_AUTH_ENABLED is set by the platform itself, not an app setting of ours.
builder.Services.Configure<PrincipalHeaderTrust>(trust => trust.Trusted =
    string.Equals(Environment.GetEnvironmentVariable("WEBSITE_AUTH_ENABLED"), "true", StringComparison.OrdinalIgnoreCase));
builder.Build().Run();
