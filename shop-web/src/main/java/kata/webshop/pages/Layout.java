package kata.webshop.pages;

/**
 * The frame every page shares: a small stylesheet and a small script, inline, so a page is one
 * cheap string (the load tests hit it thousands of times) and needs no front-end build.
 */
final class Layout {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2733;background:#f4f6f8}
            header{background:#123a5c;color:#fff;padding:.8rem 2rem}header a{color:#fff;text-decoration:none;font-weight:700;font-size:1.4rem}
            main{max-width:1100px;margin:0 auto;padding:1.5rem 2rem;display:grid;grid-template-columns:1fr 300px;gap:2rem}
            @media(max-width:860px){main{grid-template-columns:1fr}}
            .products{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:1rem}
            .card,aside{background:#fff;border-radius:8px;padding:1rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
            .card h3{margin:.1rem 0}.card p{margin:.3rem 0;color:#51606f;font-size:.9rem}.price{font-weight:700;font-size:1.1rem;color:#123a5c}
            form.buy{display:flex;gap:.5rem;margin-top:.6rem}form.buy input{width:3.5rem;padding:.3rem}
            button{background:#1f7a4d;color:#fff;border:0;border-radius:4px;padding:.4rem .9rem;cursor:pointer}
            output{display:block;font-size:.85rem;margin-top:.4rem}output.ok{color:#1f7a4d}output.error{color:#b3261e}
            .unavailable{border-left:4px solid #c77700;background:#fff6e5;padding:.6rem .8rem;border-radius:4px}
            aside ul{padding-left:1.1rem}aside small{display:block;color:#51606f}
            """;

    /** Posts a buy form to the same JSON checkout the API uses, and shows the order or the error. */
    private static final String BUY_SCRIPT = """
            document.addEventListener('submit', async e => {
              const form = e.target; if (!form.matches('form.buy')) return; e.preventDefault();
              const out = form.nextElementSibling;
              const order = {customerId: form.dataset.customer,
                             items: [{sku: form.dataset.sku, quantity: Number(form.quantity.value)}]};
              try {
                const res = await fetch('/checkout', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                                      body: JSON.stringify(order)});
                const body = await res.json();
                out.className = res.ok ? 'ok' : 'error';
                out.textContent = res.ok ? 'Order ' + body.id + ' placed: ' + (body.totalOre / 100).toFixed(2) + ' kr'
                                         : 'Not ordered: ' + body.error;
              } catch (err) { out.className = 'error'; out.textContent = 'Not ordered: the shop did not answer'; }
            });
            """;

    private Layout() {
    }

    static String page(String title, String content) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head>\n"
                + "<body><header><a href=\"/\">Fjord VPS</a></header>\n<main>" + content + "</main>\n"
                + "<script>" + BUY_SCRIPT + "</script></body></html>\n";
    }
}
