using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Workbook;
using GhgReports.ReportingPack;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The page in headless Chromium against the local runner on Azurite: an officer uploads a sample and a broken file
/// and sees their results; group HQ locks a verified period; management sees the plans; compliance downloads a pack. Screenshots go to docs/.
/// Chromium and ChromeDriver are Debian's (`chromium`, `chromium-driver`), installed by .ci/run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BrowserTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("ghg-browser-").FullName;

    public void Dispose() => Directory.Delete(_files, recursive: true);

    [Fact]
    public async Task Page_ThreeKindsOfUsers_UploadSeeResultsListPlansDownloadPacks()
    {
        Assert.True(File.Exists("/usr/bin/chromium") && File.Exists("/usr/bin/chromedriver"),
            "Headless browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).");
        var names = StorageNames.Unique("web");
        var key = DevelopmentTokens.NewKey();
        var configuration = LocalSettings.For(fixture.Azurite.ConnectionString, names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = key });
        await using var host = LocalHost.Build(configuration, new LocalHostOptions { HostId = "ghgreports-web-" + names.TablePrefix.ToLowerInvariant() });
        var storage = host.Services.GetRequiredService<GhgStorage>();
        await storage.EnsureCreatedAsync(default);
        await host.StartAsync();
        var origin = host.Urls.First();
        await LocalCors.AllowAsync(storage.Blobs, origin, default);
        var tokens = new DevelopmentTokens(key, TimeProvider.System);
        string Token(string role, params string[] codes) => tokens.Issue(new Caller($"{role} tester", [role], codes, [2023]), TimeSpan.FromHours(1));

        // Group register and the other subsidiaries' data, so plans and packs exist.
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var code in new[] { "LW", "YN", "NM" })
        {
            await t.ProcessAsync(TestStorage.Workbook(SeedSamples.ByCode(code)), $"{code}/{code}-2023.xlsx");
        }
        var sample = Path.Combine(_files, "CP-2023.xlsx");
        await File.WriteAllBytesAsync(sample, TestStorage.Workbook(SeedSamples.ByCode("CP")));
        // An officer's slip: text in a number cell. The page must name the cell and the value it read.
        var broken = Path.Combine(_files, "CP-2023-broken.xlsx");
        string brokenCell;
        using (var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(TestStorage.Workbook(SeedSamples.ByCode("CP")))))
        {
            var sources = SubsidiaryWorkbookSchema.Sources;
            var cell = workbook.Worksheet(sources.TemplateName).Cell(4, sources.Fields.ToList().FindIndex(f => f.Key == "activity") + 1);
            cell.SetValue("about 100k").SetDataType(ClosedXML.Excel.XLDataType.Text);
            brokenCell = sources.TemplateName + "!" + cell.Address.ToString();
            workbook.SaveAs(broken);
        }

        using var browser = StartBrowser();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(90));

        // Officer of CP: upload the sample, see it accepted with the figures stored; upload the broken one, see it
        // rejected with the problem listed on the page at its cell.
        SignIn(browser, origin, Token(Roles.Officer, "CP"));
        browser.FindElement(By.Id("file")).SendKeys(sample);
        browser.FindElement(By.Id("uploadButton")).Click();
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("已通过"));
        Assert.Contains("范围一＋二", browser.FindElement(By.Id("details")).Text);
        Assert.Contains("tCO2e", browser.FindElement(By.Id("details")).Text);
        browser.FindElement(By.Id("file")).SendKeys(broken);
        browser.FindElement(By.Id("uploadButton")).Click();
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("已退回"));
        var details = browser.FindElement(By.Id("details")).Text;
        Assert.Contains(brokenCell, details);
        Assert.Contains("about 100k", details);
        // A file over the size limit is refused by the page itself: no link is asked for, nothing is uploaded.
        var oversized = Path.Combine(_files, "CP-2023-huge.xlsx");
        using (var file = File.Create(oversized))
        {
            file.SetLength(GhgReports.Web.WebPage.MaxUploadBytes + 1);
        }
        browser.FindElement(By.Id("file")).SendKeys(oversized);
        browser.FindElement(By.Id("uploadButton")).Click();
        wait.Until(b => b.FindElement(By.Id("uploadState")).Text.Contains("超过上限"));
        var links = 0;
        await foreach (var entry in storage.Audit.QueryAsync<AuditEntity>(a => a.PartitionKey == "CP" && a.Action == AuditEntity.UploadLinkAction))
        {
            links++;
        }
        Assert.Equal(2, links);
        // Both submissions under the names the officer's files had, not the names storage gave them.
        var historyText = browser.FindElement(By.Id("history")).Text;
        Assert.Contains("CP-2023.xlsx", historyText);
        Assert.Contains("CP-2023-broken.xlsx", historyText);
        Assert.Contains("已通过", historyText);
        Assert.Contains("CP-2023.xlsx", browser.FindElement(By.Id("current")).Text);
        Screenshot(browser, "web-officer.png");
        // The same problem in English once the page switches language.
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("history")).Text.Contains("Rejected"));
        browser.FindElement(By.XPath("//div[@id='history']//tr[td[.='Rejected']]//button[.='Details']")).Click();
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("Problem and how to fix it"));
        Assert.Contains(brokenCell, browser.FindElement(By.Id("details")).Text);
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("history")).Text.Contains("已退回"));
        // The rejected upload's report, as its 结果报告 button fetches it, lists the problem.
        using (var officer = new HttpClient { BaseAddress = new Uri(origin) })
        {
            officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Roles.Officer, "CP"));
            var history = System.Text.Json.JsonDocument.Parse(await officer.GetStringAsync("/api/submissions/CP")).RootElement.GetProperty("history");
            var rejected = history.EnumerateArray().Single(h => h.GetProperty("status").GetString() == SubmissionStatus.Rejected).GetProperty("id").GetString();
            var report = await officer.GetStringAsync($"/api/submissions/CP/{rejected}/report");
            Assert.Contains("about 100k", report);
        }

        // Group HQ: lock CP's verified 2023, answering the page's two questions; the lock names the signed-in tester.
        SignIn(browser, origin, Token(Roles.Hq));
        SetValue(browser, "hqCode", "CP");
        browser.FindElement(By.Id("hqShow")).Click();
        var lockButton = wait.Until(b => b.FindElement(By.Id("hqCurrent")).FindElements(By.TagName("button")).FirstOrDefault(e => e.Text == "锁定"));
        lockButton!.Click();
        Answer(wait, "SGS");
        Answer(wait, "VS-2024-017");
        wait.Until(b => b.FindElement(By.Id("hqCurrent")).Text.Contains("解锁"));
        Assert.Contains("SGS · VS-2024-017 (hq tester)", browser.FindElement(By.Id("hqCurrent")).Text);
        Screenshot(browser, "web-hq.png");
        var pointer = await t.Pointers.GetAsync("CP", "2023", default);
        Assert.Equal((true, "hq tester", "SGS", "VS-2024-017"), (pointer!.Locked, pointer.LockedBy, pointer.Verifier, pointer.StatementReference));

        // Management: the plans, once generated.
        await host.Services.GetRequiredService<GhgReports.Plan.PlanGenerator>().GenerateAsync(2023, [GhgReports.Localization.Language.Zh, GhgReports.Localization.Language.En], default);
        await host.Services.GetRequiredService<PackGenerator>().BuildAllAsync(2023, null, default);
        SignIn(browser, origin, Token(Roles.Management));
        SetValue(browser, "planYear", "2023");
        wait.Until(b => b.FindElement(By.Id("plans")).Text.Contains("English"));
        Screenshot(browser, "web-management.png");

        // Compliance: the packs, and one downloaded through its short-lived link with a manifest that verifies.
        SignIn(browser, origin, Token(Roles.Compliance));
        SetValue(browser, "packYear", "2023");
        wait.Until(b => b.FindElement(By.Id("packs")).Text.Contains("CP"));
        Screenshot(browser, "web-compliance.png");
        using var client = new HttpClient { BaseAddress = new Uri(origin) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Roles.Compliance));
        var link = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/packs/2023/CP/link")).RootElement.GetProperty("url").GetString()!;
        var zip = await new HttpClient().GetByteArrayAsync(link);
        using var archive = new ZipArchive(new MemoryStream(zip));
        using var manifestStream = archive.GetEntry("manifest.json")!.Open();
        var manifest = PackAssembler.ReadManifest(manifestStream);
        foreach (var file in manifest.Files)
        {
            using var entry = archive.GetEntry(file.Path)!.Open();
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(entry)));
        }

        await host.StopAsync();
    }

    private static ChromeDriver StartBrowser()
    {
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        foreach (var argument in new[] { "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000" })
        {
            options.AddArgument(argument);
        }
        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static void SignIn(IWebDriver browser, string origin, string token)
    {
        browser.Navigate().GoToUrl(origin + "/");
        ((IJavaScriptExecutor)browser).ExecuteScript("sessionStorage.setItem('ghg.token', arguments[0]); location.reload();", token);
        new WebDriverWait(browser, TimeSpan.FromSeconds(30)).Until(b => b.FindElement(By.Id("who")).Text.Length > 0);
    }

    /// <summary>Types into the page's prompt() and confirms it.</summary>
    private static void Answer(WebDriverWait wait, string text)
    {
        var prompt = wait.Until(b =>
        {
            try
            {
                return b.SwitchTo().Alert();
            }
            catch (NoAlertPresentException)
            {
                return null;
            }
        });
        prompt!.SendKeys(text);
        prompt.Accept();
    }

    private static void SetValue(IWebDriver browser, string id, string value) =>
        ((IJavaScriptExecutor)browser).ExecuteScript(
            "const e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));", id, value);

    /// <summary>
    /// Every run takes the screenshots (a failing view shows up as a picture); they go to the temp folder unless
    /// GHG_SCREENSHOTS names a folder, e.g. docs/ to refresh the committed ones.
    /// </summary>
    private void Screenshot(ITakesScreenshot browser, string name)
    {
        var folder = Environment.GetEnvironmentVariable("GHG_SCREENSHOTS") is { Length: > 0 } target
            ? Path.GetFullPath(target, Azurite.RepositoryRoot())
            : _files;
        browser.GetScreenshot().SaveAsFile(Path.Combine(folder, name));
    }
}
