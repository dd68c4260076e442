using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Xunit;

namespace DiplomacyData.Report.Tests;

/// <summary>One headless Chromium for all the browser tests, launched once by path through Playwright.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        var executable = SystemChromium.Find();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// Opens a file in a new page and waits until it has loaded (its script run): the DOM the browser built,
    /// parsed by AngleSharp, and what the page said on the console, raised as an error or as a dialog
    /// (a Content-Security-Policy refusal is a console error).
    /// </summary>
    public async Task<LoadedPage> Open(string file, Func<IPage, Task>? inspect = null)
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add($"console {message.Type}: {message.Text}");
        page.PageError += (_, error) => messages.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            messages.Add($"dialog {dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        try
        {
            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (inspect is not null)
            {
                await inspect(page);
            }

            var dom = new HtmlParser().ParseDocument(await page.ContentAsync());
            return new LoadedPage(file, dom, messages);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

/// <summary>A page as the browser left it after loading.</summary>
public sealed record LoadedPage(string File, IDocument Dom, IReadOnlyList<string> Messages);

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>, ICollectionFixture<RealReport>
{
    public const string Name = "browser";
}
