using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using GhgReports.Access;
using GhgReports.Evidence;
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
/// and sees their results, in either language, saves a report under their own file name and attaches evidence files;
/// group HQ follows the year's submissions against the deadline, locks and unlocks periods through forms and sees the history; management sees the plans; compliance downloads a pack; a refused token is said so.
/// Every role's view is checked with axe-core (npm `axe-core`): no serious or critical violation. Screenshots go to docs/.
/// Chromium and ChromeDriver are Debian's (`chromium`, `chromium-driver`), installed by .ci/run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class BrowserTests(AzuriteFixture fixture) : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("ghg-browser-").FullName;

    private readonly string? _fontConfig = Environment.GetEnvironmentVariable(FontConfigVariable);

    private const string FontConfigVariable = "FONTCONFIG_FILE";

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(FontConfigVariable, _fontConfig);
        Directory.Delete(_files, recursive: true);
    }

    /// <summary>
    /// Chromium draws the page's Chinese with the project's own Noto Sans SC (the plan's font, named first in the page's
    /// font list) rather than whatever the machine has, so that the screenshots read the same everywhere. Chromium,
    /// started by chromedriver, inherits this process's environment.
    /// </summary>
    private void UseProjectFont()
    {
        var fonts = Path.Combine(Azurite.RepositoryRoot(), "functions", "GhgReports", "Plan", "Fonts");
        var config = Path.Combine(_files, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(_files, "font-cache")}</cachedir>
            </fontconfig>
            """);
        Environment.SetEnvironmentVariable(FontConfigVariable, config);
    }

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
        await File.WriteAllBytesAsync(broken, BrokenWorkbook.WithTextInAmount(SeedSamples.ByCode("CP")));

        using var browser = StartBrowser();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(90));

        // Officer of CP: upload the sample, see it accepted with the figures stored; upload the broken one, see it
        // rejected with the problem listed on the page at its cell.
        browser.Navigate().GoToUrl(origin + "/");
        new WebDriverWait(browser, TimeSpan.FromSeconds(30)).Until(b => b.FindElement(By.Id("token")).Displayed);
        AssertAccessible(browser, "sign-in");
        SignIn(browser, origin, Token(Roles.Officer, "CP"));
        AssertAccessible(browser, "officer");
        // The pre-filled template: the officer's code and the year chosen, saved under the name the server gives it.
        SetValue(browser, "templateYear", "2024");
        browser.FindElement(By.Id("templatePrefilled")).Click();
        var template = Path.Combine(_files, "ghg-template-CP-2024.xlsx");
        wait.Until(_ => File.Exists(template) && new FileInfo(template).Length > 0);
        using (var filled = new ClosedXML.Excel.XLWorkbook(template))
        {
            var entity = filled.Worksheet(SubsidiaryWorkbookSchema.Entity.TemplateName);
            var fields = SubsidiaryWorkbookSchema.Entity.Fields.ToList();
            Assert.Equal("CP", entity.Cell(fields.FindIndex(f => f.Key == "subsidiary_code") + 2, 3).GetString());
            Assert.Equal(2024, entity.Cell(fields.FindIndex(f => f.Key == "reporting_year") + 2, 3).GetValue<int>());
        }
        // The sample through the file input (the keyboard's way); the broken file below is dropped on the zone.
        browser.FindElement(By.Id("file")).SendKeys(sample);
        browser.FindElement(By.Id("uploadButton")).Click();
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("已通过"));
        Assert.Contains("范围一＋二", browser.FindElement(By.Id("details")).Text);
        Assert.Contains("tCO2e", browser.FindElement(By.Id("details")).Text);
        Drop(browser, "dropzone", broken);
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("已退回"));
        var details = browser.FindElement(By.Id("details")).Text;
        Assert.Contains(BrokenWorkbook.AmountCell, details);
        Assert.Contains(BrokenWorkbook.TextInAmount, details);
        // A file over the size limit is refused by the page itself: no link is asked for, nothing is uploaded.
        var oversized = Path.Combine(_files, "CP-2023-huge.xlsx");
        using (var file = File.Create(oversized))
        {
            file.SetLength(GhgReports.Web.WebPage.MaxUploadBytes + 1);
        }
        browser.FindElement(By.Id("file")).SendKeys(oversized);
        browser.FindElement(By.Id("uploadButton")).Click();
        wait.Until(b => b.FindElement(By.Id("uploadState")).Text.Contains("超过上限"));
        Assert.Equal(2, (await storage.Audit.WithActionAsync("CP", AuditAction.UploadLink)).Count);
        // Both submissions under the names the officer's files had, not the names storage gave them.
        var historyText = browser.FindElement(By.Id("history")).Text;
        Assert.Contains("CP-2023.xlsx", historyText);
        Assert.Contains("CP-2023-broken.xlsx", historyText);
        Assert.Contains("已通过", historyText);
        Assert.Contains("CP-2023.xlsx", browser.FindElement(By.Id("current")).Text);
        Screenshot(browser, "web-officer.png");
        AssertAccessible(browser, "officer with results");
        // The rejected file still shows the year its Entity sheet declares.
        Assert.Contains("2023", browser.FindElement(By.XPath("//div[@id='history']//tr[td[.='已退回']]")).Text);
        // The same problem in English once the page switches language: the result shown stays, in the other language.
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("history")).Text.Contains("Rejected"));
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("Problem and how to fix it"));
        Assert.Contains(BrokenWorkbook.AmountCell, browser.FindElement(By.Id("details")).Text);
        Assert.Contains("over the limit", browser.FindElement(By.Id("uploadState")).Text);
        browser.FindElement(By.XPath("//div[@id='history']//tr[td[.='Rejected']]//button[.='Details']")).Click();
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("Problem and how to fix it"));
        Assert.Contains(BrokenWorkbook.AmountCell, browser.FindElement(By.Id("details")).Text);
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("history")).Text.Contains("已退回"));
        // The rejected upload's report, as its 结果报告 button fetches it, lists the problem.
        using (var officer = new HttpClient { BaseAddress = new Uri(origin) })
        {
            officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Roles.Officer, "CP"));
            var history = System.Text.Json.JsonDocument.Parse(await officer.GetStringAsync("/api/submissions/CP")).RootElement.GetProperty("history");
            var rejected = history.EnumerateArray().Single(h => h.GetProperty("status").GetString() == "rejected").GetProperty("id").GetString();
            var report = await officer.GetStringAsync($"/api/submissions/CP/{rejected}/report");
            Assert.Contains(BrokenWorkbook.TextInAmount, report);
        }
        // 结果报告 saves it under the officer's own file name, not the submission's hash.
        browser.FindElement(By.XPath("//div[@id='history']//tr[td[.='已退回']]//button[.='结果报告']")).Click();
        var saved = Path.Combine(_files, "CP-2023-broken.report.html");
        wait.Until(_ => File.Exists(saved) && File.ReadAllText(saved).Contains(BrokenWorkbook.TextInAmount, StringComparison.Ordinal));

        // Evidence files: a statement is stored and listed with its hash; a picture named .pdf is refused by its content
        // and removed; a file over the limit is refused by the page before any link is asked for.
        SetValue(browser, "evidenceYear", "2023");
        var statement = Path.Combine(_files, "VS-2024-017 核查声明.pdf");
        await File.WriteAllBytesAsync(statement, EvidenceStoreTests.Pdf());
        browser.FindElement(By.Id("evidenceFile")).SendKeys(statement);
        browser.FindElement(By.Id("evidenceButton")).Click();
        wait.Until(b => b.FindElement(By.Id("evidenceState")).Text.Contains("已保存并通过检查"));
        wait.Until(b => b.FindElement(By.Id("evidenceList")).Text.Contains("VS-2024-017 核查声明.pdf"));
        var disguised = Path.Combine(_files, "meter.pdf");
        using (var bitmap = new SkiaSharp.SKBitmap(8, 8))
        using (var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100))
        {
            await File.WriteAllBytesAsync(disguised, png.ToArray());
        }
        browser.FindElement(By.Id("evidenceFile")).SendKeys(disguised);
        browser.FindElement(By.Id("evidenceButton")).Click();
        wait.Until(b => b.FindElement(By.Id("evidenceState")).Text.Contains("未接受"));
        Assert.Contains("PNG", browser.FindElement(By.Id("evidenceProblems")).Text);
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('evidenceList').scrollIntoView({ block: 'end' });");
        Screenshot(browser, "web-officer-evidence.png");
        AssertAccessible(browser, "officer's evidence");
        var hugeEvidence = Path.Combine(_files, "scan.pdf");
        using (var file = File.Create(hugeEvidence))
        {
            file.SetLength(GhgReports.Evidence.EvidenceFileCheck.MaxBytes + 1);
        }
        browser.FindElement(By.Id("evidenceFile")).SendKeys(hugeEvidence);
        browser.FindElement(By.Id("evidenceButton")).Click();
        wait.Until(b => b.FindElement(By.Id("evidenceState")).Text.Contains("超过证据文件上限"));
        Assert.Equal(["CP/2023/VS-2024-017 核查声明.pdf"], (await storage.Evidence.GetBlobsAsync().ToListAsync()).Select(b => b.Name));
        Assert.Equal(2, (await storage.Audit.WithActionAsync("CP", AuditAction.EvidenceLink)).Count);
        // A refusal shown stays on the page when the language changes, in the other language.
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("evidenceState")).Text.Contains("over the evidence limit"));
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("evidenceState")).Text.Contains("超过证据文件上限"));

        // Group HQ's home for 2024: LW and YN have data in force, CP and NM nothing, and the sample group's deadline
        // (31 March 2025) has passed, so CP and NM are marked overdue, in words and by the row's colour.
        foreach (var code in new[] { "LW", "YN" })
        {
            await t.ProcessAsync(TestStorage.Workbook(LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == code)), $"{code}/{code}-2024.xlsx");
        }
        SignIn(browser, origin, Token(Roles.Hq));
        SetValue(browser, "hqYear", "2024");
        wait.Until(b => b.FindElement(By.Id("hqOverdue")).Text.Contains("逾期未提交：CP, NM"));
        var overdueRows = browser.FindElements(By.XPath("//div[@id='hqTracker']//tr[contains(@class,'overdue')]")).Select(r => r.Text).ToList();
        Assert.Equal(2, overdueRows.Count);
        Assert.Contains(overdueRows, r => r.StartsWith("CP ", StringComparison.Ordinal) && r.Contains("未提交 — 逾期", StringComparison.Ordinal));
        Assert.Contains("LW-2024.xlsx", browser.FindElement(By.Id("hqTracker")).Text);
        Assert.Contains("2025年3月31日", browser.FindElement(By.Id("hqDeadline")).Text);
        // The group's figures for the two members with data, and the register, read-only.
        var kpis = browser.FindElement(By.Id("hqKpis")).Text;
        Assert.Contains("LW, YN (2 / 4)", kpis);
        Assert.Contains("tCO2e/t", kpis);
        Assert.Contains("山东创新精密科技有限公司", browser.FindElement(By.Id("hqRegister")).Text);
        Assert.Empty(browser.FindElements(By.CssSelector("#hqRegister input, #hqRegister button")));
        Screenshot(browser, "web-hq.png");
        AssertAccessible(browser, "HQ home");
        // A chart per subsidiary of its intensity against its pathway: LW's has both lines, CP's (nothing in 2024) its 2023 point.
        wait.Until(b => b.FindElements(By.CssSelector("#hqCharts figure")).Count == 4);
        Assert.Single(browser.FindElements(By.XPath("//div[@id='hqCharts']//figure[starts-with(figcaption,'LW ')]//*[local-name()='path' and @class='pathway']")));
        Assert.Contains("2024", browser.FindElement(By.XPath("//div[@id='hqCharts']//figure[starts-with(figcaption,'LW ')]//*[local-name()='svg']")).GetAttribute("aria-label"));
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('hqChartsHeading').scrollIntoView({ block: 'start' });");
        Screenshot(browser, "web-hq-charts.png");

        // Lock LW's 2024 through the form, then unlock it with a reason typed and sent from the keyboard (Enter); both
        // appear in the history with who did it. The locks name the signed-in tester.
        browser.FindElement(By.CssSelector("#lockCode option[value='LW']")).Click();
        browser.FindElement(By.Id("lockVerifier")).SendKeys("SGS");
        browser.FindElement(By.Id("lockStatement")).SendKeys("VS-2025-004");
        browser.FindElement(By.Id("lockSubmit")).Click();
        wait.Until(b => b.FindElement(By.Id("hqHistory")).Text.Contains("VS-2025-004"));
        Assert.Contains("已锁定 LW 2024 年度", browser.FindElement(By.Id("lockState")).Text);
        var lockRow = browser.FindElement(By.XPath("//div[@id='hqHistory']//tr[td[.='VS-2025-004']]")).Text;
        Assert.Contains("LW", lockRow);
        Assert.Contains("hq tester", lockRow);
        Assert.Contains("SGS", lockRow);
        Assert.Contains("SGS · VS-2025-004 (hq tester", browser.FindElement(By.Id("hqTracker")).Text);
        browser.FindElement(By.CssSelector("#unlockCode option[value='LW']")).Click();
        browser.FindElement(By.Id("unlockReason")).SendKeys("补充第3类数据 category 3 data added" + Keys.Enter);
        wait.Until(b => b.FindElement(By.Id("hqHistory")).Text.Contains("category 3 data added"));
        var unlockRow = browser.FindElement(By.XPath("//div[@id='hqHistory']//tr[td[contains(.,'category 3 data added')]]")).Text;
        Assert.Contains("解锁", unlockRow);
        Assert.Contains("hq tester", unlockRow);
        Assert.False((await t.Pointers.GetAsync("LW", "2024", default))!.Locked);
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('lockForm').scrollIntoView({ block: 'start' });");
        Screenshot(browser, "web-hq-locks.png");
        AssertAccessible(browser, "HQ locks");

        // Then CP's verified 2023, the same way; the lock records the caller, the verifier and the statement.
        SetValue(browser, "hqYear", "2023");
        wait.Until(b => b.FindElement(By.Id("hqDeadline")).Text.Contains("2024年3月31日"));
        wait.Until(b => b.FindElement(By.Id("lockCode")).FindElements(By.CssSelector("option[value='CP']")).Count == 1);
        browser.FindElement(By.CssSelector("#lockCode option[value='CP']")).Click();
        browser.FindElement(By.Id("lockVerifier")).SendKeys("SGS");
        browser.FindElement(By.Id("lockStatement")).SendKeys("VS-2024-017");
        browser.FindElement(By.Id("lockSubmit")).Click();
        wait.Until(b => b.FindElement(By.Id("hqTracker")).Text.Contains("SGS · VS-2024-017 (hq tester"));
        Assert.Empty(browser.FindElement(By.Id("hqOverdue")).Text);
        var pointer = await t.Pointers.GetAsync("CP", "2023", default);
        Assert.Equal((true, "hq tester", "SGS", "VS-2024-017"), (pointer!.Locked, pointer.LockedBy, pointer.Verifier, pointer.StatementReference));

        // Management: generates the plan from the page, which follows the run (202, then its status) to its links.
        await host.Services.GetRequiredService<PackGenerator>().BuildAllAsync(2023, null, default);
        SignIn(browser, origin, Token(Roles.Management));
        SetValue(browser, "planYear", "2023");
        browser.FindElement(By.Id("planRun")).Click();
        wait.Until(b => b.FindElement(By.Id("runState")).Text.StartsWith("已完成", StringComparison.Ordinal));
        Assert.Equal(2, browser.FindElements(By.CssSelector("#runResult a")).Count(a => a.GetAttribute("href")!.Contains("ghg-reduction-plan-2023", StringComparison.Ordinal)));
        wait.Until(b => b.FindElement(By.Id("plans")).Text.Contains("English"));
        // Management's view of the year: the plan's version with both editions, the group's figures and its trend.
        wait.Until(b => b.FindElement(By.Id("mgmtVersions")).Text.Contains("v1"));
        Assert.Contains("English PDF", browser.FindElement(By.Id("mgmtVersions")).Text);
        Assert.Contains("tCO2e/t", browser.FindElement(By.Id("mgmtKpis")).Text);
        Assert.Equal(2, browser.FindElements(By.CssSelector("#mgmtTrend path")).Count);
        Screenshot(browser, "web-management.png");
        AssertAccessible(browser, "management");
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("mgmtVersions")).Text.Contains("First version"));
        AssertAccessible(browser, "management in English");
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('mgmtTrend').scrollIntoView({ block: 'center' });");
        Screenshot(browser, "web-management-trend.png");
        browser.FindElement(By.Id("lang")).Click();

        // Compliance: the packs, and one downloaded through its short-lived link with a manifest that verifies.
        SignIn(browser, origin, Token(Roles.Compliance));
        SetValue(browser, "packYear", "2023");
        wait.Until(b => b.FindElement(By.Id("packs")).Text.Contains("CP"));
        Screenshot(browser, "web-compliance.png");
        AssertAccessible(browser, "compliance");
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

        // A token the server refuses (signed with another key, or expired) is said so in both languages, not
        // silently answered with the sign-in form.
        var forged = new DevelopmentTokens(DevelopmentTokens.NewKey(), TimeProvider.System).Issue(new Caller("x", [Roles.Hq], [], []), TimeSpan.FromHours(1));
        SignInExpectingRefusal(browser, origin, forged);
        wait.Until(b => b.FindElement(By.Id("message")).Text.Contains("无效或已过期"));
        Assert.True(browser.FindElement(By.Id("token")).Displayed);
        browser.FindElement(By.Id("lang")).Click();
        wait.Until(b => b.FindElement(By.Id("message")).Text.Contains("invalid or has expired"));
        browser.FindElement(By.Id("lang")).Click();
        Screenshot(browser, "web-token-refused.png");
        AssertAccessible(browser, "refused token");

        await host.StopAsync();
    }

    [Fact]
    public async Task Page_PackRunWithAPoisonedPart_ShowsWhichSubsidiaryFailedAndWhy()
    {
        var names = StorageNames.Unique("webrun");
        var key = DevelopmentTokens.NewKey();
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        foreach (var sample in LaterYearSamples.For(2024))
        {
            await t.ProcessAsync(TestStorage.Workbook(sample), $"{sample.Entity.SubsidiaryCode}/2024.xlsx");
        }
        // NM's archived workbook is gone: its pack fails every retry and lands on the poison queue.
        await t.Storage.Archive.DeleteBlobAsync((await t.Store.HistoryAsync("NM", default)).Single().ArchivePath);
        await using var host = LocalHost.Build(LocalSettings.For(fixture.Azurite.ConnectionString, names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = key }), new LocalHostOptions { HostId = "webrun-" + names.TablePrefix.ToLowerInvariant() });
        await host.StartAsync();
        using var browser = StartBrowser();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(180));

        SignIn(browser, host.Urls.First(), new DevelopmentTokens(key, TimeProvider.System).Issue(new Caller("hq tester", [Roles.Hq], [], []), TimeSpan.FromHours(1)));
        browser.FindElement(By.Id("lang")).Click();
        SetValue(browser, "planYear", "2024");
        browser.FindElement(By.Id("packRun")).Click();
        wait.Until(b => b.FindElement(By.Id("runState")).Text.StartsWith("Not all done", StringComparison.Ordinal));

        Assert.Equal("Not all done: 3 of 4 done, 1 failed (see below).", browser.FindElement(By.Id("runState")).Text);
        var result = browser.FindElement(By.Id("runResult")).Text;
        Assert.Contains("NM " + GhgReports.Localization.RunTexts.Poisoned.En, result, StringComparison.Ordinal);
        Assert.Equal(3, browser.FindElements(By.CssSelector("#runResult a")).Count);
        Screenshot(browser, "web-run-failed.png");
        AssertAccessible(browser, "failed run");
    }

    private static void SignInExpectingRefusal(IWebDriver browser, string origin, string token)
    {
        browser.Navigate().GoToUrl(origin + "/");
        ((IJavaScriptExecutor)browser).ExecuteScript("sessionStorage.setItem('ghg.token', arguments[0]); location.reload();", token);
    }

    private ChromeDriver StartBrowser()
    {
        UseProjectFont();
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        // Downloads land in this test's folder, where their names are checked.
        options.AddUserProfilePreference("download.default_directory", _files);
        options.AddUserProfilePreference("download.prompt_for_download", false);
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
