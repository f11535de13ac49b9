/*
 * The theme's scripts, jQuery 1.x era ("Portail communal", 2012). What old plugins typically do to
 * a page; the widgets must survive all of it (demo/cms.html):
 *  - an inline `box-sizing: content-box` on every element ("IE7 fix"), widgets' hosts included;
 *  - tables zebra-striped and bordered, buttons' labels upper-cased, external links in new tabs;
 *  - a "glossary" that rewrites the article's HTML (every element inside is re-created);
 *  - tabs that hide panels with display:none (a widget loads while hidden, then is shown);
 *  - blocks hidden and faded in; sidebars moved in the DOM on small screens;
 *  - a delegated click handler that cancels every `a[href^="#"]` (smooth scroll), and a keydown
 *    handler that swallows Enter in inputs ("no accidental submit").
 */
(function ($) {
  'use strict';

  // A tabs plugin of the time.
  $.fn.simpleTabs = function () {
    return this.each(function () {
      var $tabs = $(this);
      var $links = $tabs.find('a');
      function show(hash) {
        $links.removeClass('active').filter('[href="' + hash + '"]').addClass('active');
        $links.each(function () {
          $(this.hash).toggle(this.hash === hash);
        });
      }
      $links.click(function (e) {
        e.preventDefault();
        show(this.hash);
      });
      show($links.first().attr('href'));
    });
  };

  $(function () {
    // "IE7 box model fix": inline style on everything.
    $('body *').css({ 'box-sizing': 'content-box', '-moz-box-sizing': 'content-box' });

    $('table').attr('border', 1).attr('cellpadding', 4).find('tr:odd').addClass('pink');
    $('a[href^="http"]').attr('target', '_blank');
    $('button').each(function () {
      $(this).text($(this).text().toUpperCase());
    });

    // Glossary: re-serializes the article (the widgets inside are destroyed and re-created).
    $('.glossary').each(function () {
      var $article = $(this);
      $article.html($article.html().replace(/\bcommune\b/g, '<abbr title="Collectivit\u00e9 territoriale">commune</abbr>'));
    });

    $('.tabs').simpleTabs();

    // Blocks appear with a fade (hidden while the widgets start).
    $('.block').hide().fadeIn(600);

    // "Mobile version": sidebars go after the content.
    if ($(window).width() < 1000) {
      $('.row').each(function () {
        $(this).find('.sidebar').insertAfter($(this).find('.content'));
      });
    }

    // Smooth scrolling for every in-page link.
    $(document).on('click', 'a[href^="#"]', function (e) {
      e.preventDefault();
      var target = $(this.hash);
      if (target.length) $('html, body').animate({ scrollTop: target.offset().top }, 400);
    });
    // No form submission by Enter in a text field.
    $(document).on('keydown', 'input', function (e) {
      if (e.which === 13) return false;
    });
    // The search box's placeholder polyfill.
    $('#search').val('Rechercher...').focus(function () {
      if (this.value === 'Rechercher...') this.value = '';
    }).blur(function () {
      if (!this.value) this.value = 'Rechercher...';
    });

    window.cmsReady = true;
  });
})(jQuery);
