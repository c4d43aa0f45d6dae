using GhgReports.Access;
using GhgReports.Cli.Local;
using GhgReports.Cli.Runner;
using GhgReports.Evidence;
using GhgReports.Intake.Samples;
using GhgReports.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace GhgReports.IntegrationTests;

/// <summary>
/// Review, queries and sign-off on the page, in 2024 with the group reviewing workbooks: HQ returns CP's workbook with a
/// comment, the officer reads it and uploads a corrected one, HQ approves it; the verifier raises a query on a line, the
/// officer answers it citing an evidence file, the verifier closes it and records the statement with its file; HQ locks
/// the period with that statement in one step. Screenshots docs/web-review-*.png.
/// </summary>
public sealed partial class BrowserTests
{
    [Fact]
    public async Task Page_ReviewQueriesAndSignOff_EachStepByItsRole()
    {
        Assert.True(File.Exists("/usr/bin/chromium") && File.Exists("/usr/bin/chromedriver"),
            "Headless browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver).");
        var names = StorageNames.Unique("webrev");
        var key = DevelopmentTokens.NewKey();
        var configuration = LocalSettings.For(fixture.Azurite.ConnectionString, names,
            new Dictionary<string, string?> { [DevelopmentTokens.SettingName] = key });
        await using var host = LocalHost.Build(configuration, new LocalHostOptions { HostId = "webrev-" + names.TablePrefix.ToLowerInvariant() });
        var storage = host.Services.GetRequiredService<GhgStorage>();
        await storage.EnsureCreatedAsync(default);
        await host.StartAsync();
        var origin = host.Urls.First();
        await LocalCors.AllowAsync(storage.Blobs, origin, default);
        var tokens = new DevelopmentTokens(key, TimeProvider.System);
        string Token(string name, string role, params string[] codes) => tokens.Issue(new Caller(name, [role], codes, [2024]), TimeSpan.FromHours(1));

        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync(SeedGroup.Workbook with { ReviewRequired = true });
        var cp = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        await t.ProcessAsync(TestStorage.Workbook(cp), "CP/CP-2024.xlsx");
        var corrected = Path.Combine(_files, "CP-2024-corrected.xlsx");
        await File.WriteAllBytesAsync(corrected, TestStorage.Workbook(cp with { Entity = cp.Entity with { Contact = "energy@cp.example.com" } }));
        var statementFile = Path.Combine(_files, "VS-2025-031.pdf");
        await File.WriteAllBytesAsync(statementFile, EvidenceStoreTests.Pdf());

        using var browser = StartBrowser();
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(90));

        // HQ: the workbook waits for review; returned with a comment.
        SignIn(browser, origin, Token("hq tester", Roles.Hq));
        Loaded(browser, wait);
        SetValue(browser, "hqYear", "2024");
        wait.Until(b => b.FindElement(By.Id("reviewList")).Text.Contains("CP-2024.xlsx"));
        Assert.Contains("待集团审核", browser.FindElement(By.Id("hqTracker")).Text);
        browser.FindElement(By.Id("reviewComment")).SendKeys("第7行天然气用量沿用了2023年数据 row 7 natural gas is the 2023 figure");
        browser.FindElement(By.XPath("//div[@id='reviewList']//button[.='退回']")).Click();
        wait.Until(b => b.FindElement(By.Id("reviewState")).Text.Contains("已退回 CP 的 CP-2024.xlsx"));

        // The officer reads HQ's comment, and uploads a corrected workbook, which waits in turn.
        SignIn(browser, origin, Token("cp officer", Roles.Officer, "CP"));
        wait.Until(b => b.FindElement(By.Id("reviewDecisions")).Text.Contains("row 7 natural gas is the 2023 figure"));
        Assert.Contains("集团审核退回", browser.FindElement(By.Id("reviewDecisions")).Text);
        browser.FindElement(By.Id("file")).SendKeys(corrected);
        browser.FindElement(By.Id("uploadButton")).Click();
        wait.Until(b => b.FindElement(By.Id("details")).Text.Contains("待集团审核"));
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('review').scrollIntoView({ block: 'start' });");
        Screenshot(browser, "web-review-officer.png");

        // HQ approves it: now in force.
        SignIn(browser, origin, Token("hq tester", Roles.Hq));
        Loaded(browser, wait);
        SetValue(browser, "hqYear", "2024");
        wait.Until(b => b.FindElement(By.Id("reviewList")).Text.Contains("CP-2024-corrected.xlsx"));
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('review').scrollIntoView({ block: 'start' });");
        Screenshot(browser, "web-review-hq.png");
        browser.FindElement(By.XPath("//div[@id='reviewList']//button[.='批准']")).Click();
        wait.Until(b => b.FindElement(By.Id("reviewState")).Text.Contains("已批准 CP 的 CP-2024-corrected.xlsx"));
        wait.Until(b => b.FindElement(By.Id("hqTracker")).Text.Contains("CP-2024-corrected.xlsx"));
        Assert.NotNull((await t.Pointers.GetAsync("CP", "2024", default))?.SubmissionId);

        // The verifier raises a query on a line of the data in force.
        SignIn(browser, origin, Token("Verifier Ltd", Roles.Verifier, "CP"));
        wait.Until(b => b.FindElement(By.Id("queryForm")).Displayed);
        browser.FindElement(By.Id("querySheet")).SendKeys("排放源 Sources");
        browser.FindElement(By.Id("queryRow")).SendKeys("7");
        browser.FindElement(By.Id("queryText")).SendKeys("天然气用量依据？ Natural gas: meter or invoice?");
        browser.FindElement(By.Id("querySubmit")).Click();
        wait.Until(b => b.FindElement(By.Id("queryList")).Text.Contains("Natural gas: meter or invoice?"));
        Assert.Contains("待答复", browser.FindElement(By.Id("queryList")).Text);

        // HQ's tracker counts it among CP's open queries.
        SignIn(browser, origin, Token("hq tester", Roles.Hq));
        Loaded(browser, wait);
        SetValue(browser, "hqYear", "2024");
        wait.Until(b => b.FindElements(By.XPath("//div[@id='hqTracker']//tr[td[1][starts-with(normalize-space(.), 'CP ')]]/td[last()][normalize-space(.)='1']")).Count == 1);
        Assert.Contains("未关闭的核查问题", browser.FindElement(By.Id("hqTracker")).Text);

        // The officer answers it, citing an evidence file of the year.
        await new EvidenceStore(t.Storage).UploadAsync("CP", 2024, "gas-invoices-2024.pdf", new MemoryStream(EvidenceStoreTests.Pdf()), "cp officer", default);
        SignIn(browser, origin, Token("cp officer", Roles.Officer, "CP"));
        Loaded(browser, wait);
        SetValue(browser, "reviewYear", "2024");
        wait.Until(b => b.FindElements(By.CssSelector("#queryList input")).Count == 1
                        && b.FindElements(By.CssSelector("#queryList option[value='gas-invoices-2024.pdf']")).Count == 1);
        browser.FindElement(By.CssSelector("#queryList input")).SendKeys("按月发票，见附件 Monthly invoices, attached");
        browser.FindElement(By.CssSelector("#queryList option[value='gas-invoices-2024.pdf']")).Click();
        browser.FindElement(By.XPath("//div[@id='queryList']//button[.='提交答复']")).Click();
        wait.Until(b => b.FindElement(By.Id("reviewState")).Text.Contains("已提交答复"));

        // The verifier sees the answer, closes the query and records the statement with its file.
        SignIn(browser, origin, Token("Verifier Ltd", Roles.Verifier, "CP"));
        wait.Until(b => b.FindElement(By.Id("queryList")).Text.Contains("Monthly invoices, attached"));
        Assert.Contains("gas-invoices-2024.pdf", browser.FindElement(By.Id("queryList")).Text);
        browser.FindElement(By.XPath("//div[@id='queryList']//button[.='关闭']")).Click();
        wait.Until(b => b.FindElement(By.Id("queryList")).Text.Contains("已关闭"));
        browser.FindElement(By.Id("statementReference")).SendKeys("VS-2025-031");
        browser.FindElement(By.CssSelector("#statementLevel option[value='reasonable']")).Click();
        SetValue(browser, "statementDate", "2025-04-02");
        browser.FindElement(By.Id("statementFile")).SendKeys(statementFile);
        browser.FindElement(By.Id("statementSubmit")).Click();
        wait.Until(b => b.FindElement(By.Id("statementText")).Text.Contains("VS-2025-031"));
        Assert.Contains("合理保证", browser.FindElement(By.Id("statementText")).Text);
        Assert.Contains(await new EvidenceStore(t.Storage).ListAsync("CP", 2024, default), e => e.FileName == "VS-2025-031.pdf");
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('review').scrollIntoView({ block: 'start' });");
        Screenshot(browser, "web-review-verifier.png");

        // HQ locks CP's 2024 with the recorded statement, nothing typed.
        SignIn(browser, origin, Token("hq tester", Roles.Hq));
        Loaded(browser, wait);
        SetValue(browser, "hqYear", "2024");
        wait.Until(b => b.FindElement(By.Id("lockCode")).FindElements(By.CssSelector("option[value='CP']")).Count == 1);
        browser.FindElement(By.CssSelector("#lockCode option[value='CP']")).Click();
        browser.FindElement(By.Id("lockUseStatement")).Click();
        Assert.False(browser.FindElement(By.Id("lockVerifier")).Enabled);
        browser.FindElement(By.Id("lockSubmit")).Click();
        wait.Until(b => b.FindElement(By.Id("hqTracker")).Text.Contains("Verifier Ltd · VS-2025-031 (hq tester"));
        var pointer = await t.Pointers.GetAsync("CP", "2024", default);
        Assert.Equal((true, "Verifier Ltd", "VS-2025-031"), (pointer!.Locked, pointer.Verifier, pointer.StatementReference));
        ((IJavaScriptExecutor)browser).ExecuteScript("document.getElementById('lockForm').scrollIntoView({ block: 'start' });");
        Screenshot(browser, "web-review-lock.png");

        await host.StopAsync();
    }

    /// <summary>
    /// The page's first load has ended (the review section renders last): a year changed before then could be
    /// overwritten by the first load's answer arriving late.
    /// </summary>
    private static void Loaded(IWebDriver browser, WebDriverWait wait) =>
        wait.Until(b => b.FindElement(By.Id("statementText")).Text.Length > 0);
}
