using GhgReports;
using GhgReports.Access;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.Services.AddGhgReports(builder.Configuration);
// X-MS-CLIENT-PRINCIPAL is trusted only when App Service authentication is on: the platform then sets the header and
// strips any a client sent. WEBSITE_AUTH_ENABLED is set by the platform itself, not an app setting of ours.
var appServiceAuthentication = string.Equals(Environment.GetEnvironmentVariable("WEBSITE_AUTH_ENABLED"), "true", StringComparison.OrdinalIgnoreCase);
builder.Services.AddSingleton(provider => new CallerResolver(
    DevelopmentTokens.FromConfiguration(builder.Configuration, provider.GetRequiredService<TimeProvider>()), appServiceAuthentication));
builder.Build().Run();
