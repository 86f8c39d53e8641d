package vn.ndaf.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;

/** The sign-in form at {@code /login}: one self-contained page (no script, no outside resource), with its CSRF token. */
@Controller
public class SignInPage {

    @GetMapping(value = SecurityErrors.SIGN_IN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    public String page(HttpServletRequest request, CsrfToken csrf) {
        String notice = request.getParameter("error") != null ? "<p class=\"notice\" role=\"alert\">The name or the password is wrong, or the account is locked.</p>"
                : request.getParameter("logout") != null ? "<p class=\"notice\">You are signed out.</p>" : "";
        String action = HtmlUtils.htmlEscape(request.getContextPath() + SecurityErrors.SIGN_IN_PAGE);
        return """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>ndaf: đăng nhập · sign in</title>
                <style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}label{display:block;margin:.8rem 0 .2rem}
                input{width:100%%;padding:.4rem;box-sizing:border-box}button{margin-top:1rem;padding:.5rem 1.2rem}.notice{color:#a00}</style></head>
                <body><h1>ndaf</h1>%s
                <form method="post" action="%s">
                <label for="username">Tên tài khoản · Account</label><input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Mật khẩu · Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Đăng nhập · Sign in</button>
                </form></body></html>
                """.formatted(notice, action, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
