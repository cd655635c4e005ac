package ru.nastavnik.identity;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page in Russian, replacing Spring Security's English default. Posts {@code username}, {@code password}
 * and {@code _csrf} to {@code /login}, which Spring Security's form login handles; a failure comes back as
 * {@code /login?error}. A plain page without scripts or a template engine: one form needs neither.
 */
@Controller
class LoginPageController {

    static final String TITLE = "Вход в Наставник";
    static final String LOGIN_LABEL = "Логин";
    static final String PASSWORD_LABEL = "Пароль";
    static final String SUBMIT = "Войти";
    static final String BAD_CREDENTIALS = "Неверный логин или пароль";
    static final String LOGGED_OUT = "Вы вышли из системы";

    @GetMapping(value = AuthorizationServerConfig.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String loginPage(CsrfToken csrf, @RequestParam(required = false) String error,
                     @RequestParam(required = false) String logout) {
        String message = "";
        if (error != null) {
            message = "<p class=\"message error\" role=\"alert\">" + BAD_CREDENTIALS + "</p>";
        } else if (logout != null) {
            message = "<p class=\"message\" role=\"status\">" + LOGGED_OUT + "</p>";
        }
        return """
                <!DOCTYPE html>
                <html lang="ru">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%1$s</title>
                  <link rel="stylesheet" href="/css/login.css">
                </head>
                <body>
                  <main class="card">
                    <h1>%1$s</h1>
                    %2$s
                    <form method="post" action="/login">
                      <label for="username">%3$s</label>
                      <input id="username" name="username" type="text" autocomplete="username" autocapitalize="none"
                             spellcheck="false" required autofocus>
                      <label for="password">%4$s</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required>
                      <input type="hidden" name="%5$s" value="%6$s">
                      <button type="submit">%7$s</button>
                    </form>
                  </main>
                </body>
                </html>
                """.formatted(TITLE, message, LOGIN_LABEL, PASSWORD_LABEL, HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()), SUBMIT);
    }
}
